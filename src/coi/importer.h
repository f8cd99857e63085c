#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/result.h"
#include "coi/document.h"
#include "store/store.h"

namespace verbatim::coi {

/// Metadata for files without their own (the CLI's --country, --source, --date, --type,
/// --language). What the file says about itself (a header block, HTML <meta>, the PDF info
/// dictionary) wins.
struct ImportOptions {
  std::string country;  // ISO 3166 alpha-2
  std::string source;   // the publisher
  std::string date;     // YYYY, YYYY-MM or YYYY-MM-DD
  std::string document_type;
  std::string language;  // ISO 639-1, e.g. "en"
};

/// What one import did.
struct ImportResult {
  std::string document_id;
  std::string title;
  int passages = 0;
  bool already_present = false;  // the same content was imported before; nothing was written
};

/// Imports one plain-text or Markdown document. Idempotent: the document id follows from the
/// SHA-256 of `text`, and content already stored is reported, not stored twice. `file_name` is
/// kept for the reader and is the title when there is no other.
Result<ImportResult> ImportText(store::Store& store, std::string_view text,
                                const std::string& file_name, const ImportOptions& options,
                                const Clock& clock = SystemClock::Instance());

/// Imports a document already read into metadata and body (HTML, PDF); `content_hash` is the
/// SHA-256 hex of the file's bytes and makes the import idempotent.
Result<ImportResult> ImportParsed(store::Store& store, ParsedDocument parsed,
                                  const std::string& content_hash, const std::string& file_name,
                                  const ImportOptions& options,
                                  const Clock& clock = SystemClock::Instance());

/// The formats ImportFile reads, by extension: .pdf, .html/.htm/.xhtml, and everything else as
/// plain text or Markdown.
enum class FileFormat { kText, kHtml, kPdf };
FileFormat FormatOf(const std::filesystem::path& path);
/// Whether a folder import picks up `path`: .txt, .md, .markdown, .html, .htm, .xhtml, .pdf.
bool IsImportable(const std::filesystem::path& path);

/// Reads `path` and imports it in its format (FormatOf); errors name the file.
Result<ImportResult> ImportFile(store::Store& store, const std::filesystem::path& path,
                                const ImportOptions& options,
                                const Clock& clock = SystemClock::Instance());

/// ImportFile inside `txn`, which the caller commits: many known files in one transaction (the
/// demo library), where one commit per file would cost a disk flush each.
Result<ImportResult> ImportFileIn(store::Transaction& txn, const std::filesystem::path& path,
                                  const ImportOptions& options,
                                  const Clock& clock = SystemClock::Instance());

}  // namespace verbatim::coi
