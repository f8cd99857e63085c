#include "coi/importer.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/crypto.h"
#include "coi/document.h"
#include "coi/html_importer.h"
#include "coi/pdf_importer.h"
#include "coi/passages.h"
#include "store/coi_table.h"

namespace verbatim::coi {
namespace {

std::string PassageId(const std::string& document_id, int ordinal) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "-p%05d", ordinal);
  return document_id + buf;
}

// Control characters have no place in a report's text, and U+E000/U+E001 are the snippet
// highlight markers (search.cc): neither may come from a file.
std::string Clean(std::string text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\n' && c != '\t') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
      out += c == '\r' || c == '\f' ? '\n' : ' ';
      continue;
    }
    if (c == 0xEE && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0x80 ||
         static_cast<unsigned char>(text[i + 2]) == 0x81)) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

Result<ImportResult> ImportText(store::Store& store, std::string_view text,
                                const std::string& file_name, const ImportOptions& options,
                                const Clock& clock) {
  VB_ASSIGN_OR_RETURN(ParsedDocument parsed, ParseDocument(text));
  return ImportParsed(store, std::move(parsed), Sha256Hex(text), file_name, options, clock);
}

namespace {

struct Prepared {
  store::CoiDocumentRecord doc;
  std::vector<store::CoiPassageRecord> passages;
};

Result<Prepared> Prepare(ParsedDocument parsed, const std::string& hash,
                         const std::string& file_name, const ImportOptions& options,
                         const Clock& clock) {
  std::string country = options.country;
  for (auto& c : country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!country.empty() && (country.size() != 2 || !std::isalpha(static_cast<unsigned char>(country[0])) ||
                           !std::isalpha(static_cast<unsigned char>(country[1])))) {
    return InvalidArgument("--country '" + options.country + "' is not an ISO 3166 alpha-2 code");
  }
  if (!options.date.empty() && PublishedDate(options.date).empty()) {
    return InvalidArgument("--date '" + options.date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
  }
  Prepared out;
  store::CoiDocumentRecord& doc = out.doc;
  doc.id = "coi-" + hash.substr(0, 24);
  doc.content_hash = hash;
  Metadata& m = parsed.metadata;
  doc.title = !m.title.empty() ? m.title : file_name;
  doc.publisher = !m.publisher.empty() ? m.publisher : options.source;
  doc.country = !m.country.empty() ? m.country : country;
  doc.language = Lower(!m.language.empty() ? m.language : options.language);
  doc.published = !m.published.empty() ? m.published : options.date;
  doc.published_date = PublishedDate(doc.published);
  if (doc.published_date.empty() && !options.date.empty()) {
    // The file's own date was unreadable ("March 2024"): the officer's --date is better.
    doc.published = options.date;
    doc.published_date = PublishedDate(options.date);
  }
  doc.report_period = m.report_period;
  doc.document_type = !m.document_type.empty() ? m.document_type : options.document_type;
  doc.source = m.source;
  doc.licence = m.licence;
  doc.file_name = file_name;
  doc.body = Clean(std::move(parsed.body));
  doc.imported_at =
      std::chrono::duration_cast<std::chrono::seconds>(clock.Now().time_since_epoch()).count();
  for (auto& p : SplitPassages(doc.body)) {
    const int ordinal = static_cast<int>(out.passages.size()) + 1;
    out.passages.push_back(
        {PassageId(doc.id, ordinal), doc.id, ordinal, std::move(p.heading), std::move(p.text)});
  }
  return out;
}

// Writes `p` in `txn` unless the same content is there (nothing is committed here).
Result<ImportResult> Write(store::Transaction& txn, const Prepared& p) {
  VB_ASSIGN_OR_RETURN(auto existing, store::FindCoiDocumentByHash(txn, p.doc.content_hash));
  if (existing) {
    VB_ASSIGN_OR_RETURN(auto stored, store::ListCoiPassages(txn, existing->id));
    return ImportResult{existing->id, existing->title, static_cast<int>(stored.size()), true};
  }
  VB_RETURN_IF_ERROR(store::InsertCoiDocument(txn, p.doc, p.passages));
  return ImportResult{p.doc.id, p.doc.title, static_cast<int>(p.passages.size()), false};
}

// The file's bytes parsed in its format, with the SHA-256 of the bytes.
Result<std::pair<ParsedDocument, std::string>> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) return NotFound("cannot be read");
  std::ostringstream content;
  content << in.rdbuf();
  const std::string bytes = content.str();
  Result<ParsedDocument> parsed = FormatOf(path) == FileFormat::kPdf    ? ParsePdf(bytes)
                                  : FormatOf(path) == FileFormat::kHtml ? ParseHtml(bytes)
                                                                        : ParseDocument(bytes);
  if (!parsed.ok()) return parsed.status();
  return std::make_pair(std::move(*parsed), Sha256Hex(bytes));
}

Status NameFile(const std::filesystem::path& path, const Status& status) {
  return Status(status.code(), path.string() + ": " + status.message());
}

}  // namespace

Result<ImportResult> ImportParsed(store::Store& store, ParsedDocument parsed,
                                  const std::string& hash, const std::string& file_name,
                                  const ImportOptions& options, const Clock& clock) {
  VB_ASSIGN_OR_RETURN(Prepared p, Prepare(std::move(parsed), hash, file_name, options, clock));
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(ImportResult result, Write(*txn, p));
  if (!result.already_present) VB_RETURN_IF_ERROR(txn->Commit());
  return result;
}

FileFormat FormatOf(const std::filesystem::path& path) {
  const std::string ext = Lower(path.extension().string());
  if (ext == ".pdf") return FileFormat::kPdf;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return FileFormat::kHtml;
  return FileFormat::kText;
}

bool IsImportable(const std::filesystem::path& path) {
  const std::string ext = Lower(path.extension().string());
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm" ||
         ext == ".xhtml" || ext == ".pdf";
}

Result<ImportResult> ImportFile(store::Store& store, const std::filesystem::path& path,
                                const ImportOptions& options, const Clock& clock) {
  auto read = ReadFile(path);
  if (!read.ok()) return NameFile(path, read.status());
  auto result = ImportParsed(store, std::move(read->first), read->second,
                             path.filename().string(), options, clock);
  if (!result.ok()) return NameFile(path, result.status());
  return result;
}

Result<ImportResult> ImportFileIn(store::Transaction& txn, const std::filesystem::path& path,
                                  const ImportOptions& options, const Clock& clock) {
  auto read = ReadFile(path);
  if (!read.ok()) return NameFile(path, read.status());
  auto prepared = Prepare(std::move(read->first), read->second, path.filename().string(), options, clock);
  if (!prepared.ok()) return NameFile(path, prepared.status());
  auto result = Write(txn, *prepared);
  if (!result.ok()) return NameFile(path, result.status());
  return result;
}

}  // namespace verbatim::coi
