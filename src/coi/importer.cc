#include "coi/importer.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/crypto.h"
#include "coi/document.h"
#include "coi/passages.h"
#include "store/coi_table.h"

namespace verbatim::coi {
namespace {

std::string PassageId(const std::string& document_id, int ordinal) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "-p%05d", ordinal);
  return document_id + buf;
}

}  // namespace

Result<ImportResult> ImportText(store::Store& store, std::string_view text,
                                const std::string& file_name, const ImportOptions& options,
                                const Clock& clock) {
  VB_ASSIGN_OR_RETURN(ParsedDocument parsed, ParseDocument(text));
  const std::string hash = Sha256Hex(text);

  store::CoiDocumentRecord doc;
  doc.id = "coi-" + hash.substr(0, 24);
  doc.content_hash = hash;
  Metadata& m = parsed.metadata;
  doc.title = !m.title.empty() ? m.title : file_name;
  doc.publisher = !m.publisher.empty() ? m.publisher : options.source;
  doc.country = !m.country.empty() ? m.country : options.country;
  doc.language = m.language;
  doc.published = !m.published.empty() ? m.published : options.date;
  doc.published_date = PublishedDate(doc.published);
  doc.report_period = m.report_period;
  doc.document_type = m.document_type;
  doc.source = m.source;
  doc.licence = m.licence;
  doc.file_name = file_name;
  doc.body = std::move(parsed.body);
  doc.imported_at =
      std::chrono::duration_cast<std::chrono::seconds>(clock.Now().time_since_epoch()).count();

  std::vector<store::CoiPassageRecord> passages;
  for (auto& p : SplitPassages(doc.body)) {
    const int ordinal = static_cast<int>(passages.size()) + 1;
    passages.push_back(
        {PassageId(doc.id, ordinal), doc.id, ordinal, std::move(p.heading), std::move(p.text)});
  }

  ImportResult result{doc.id, doc.title, static_cast<int>(passages.size()), false};
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto existing, store::FindCoiDocumentByHash(*txn, hash));
  if (existing) {
    VB_ASSIGN_OR_RETURN(auto stored, store::ListCoiPassages(*txn, existing->id));
    return ImportResult{existing->id, existing->title, static_cast<int>(stored.size()), true};
  }
  VB_RETURN_IF_ERROR(store::InsertCoiDocument(*txn, doc, passages));
  VB_RETURN_IF_ERROR(txn->Commit());
  return result;
}

Result<ImportResult> ImportFile(store::Store& store, const std::filesystem::path& path,
                                const ImportOptions& options, const Clock& clock) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path.string() + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  auto result = ImportText(store, text.str(), path.filename().string(), options, clock);
  if (!result.ok()) {
    return Status(result.status().code(), path.string() + ": " + result.status().message());
  }
  return result;
}

}  // namespace verbatim::coi
