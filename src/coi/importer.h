#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/result.h"
#include "store/store.h"

namespace verbatim::coi {

/// Metadata for files without a header block (the CLI's --country, --source, --date). A header
/// block, where there is one, wins.
struct ImportOptions {
  std::string country;
  std::string source;
  std::string date;
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

/// Reads `path` and imports it as ImportText does; errors name the file.
Result<ImportResult> ImportFile(store::Store& store, const std::filesystem::path& path,
                                const ImportOptions& options,
                                const Clock& clock = SystemClock::Instance());

}  // namespace verbatim::coi
