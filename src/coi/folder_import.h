#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "coi/importer.h"
#include "store/store.h"

namespace verbatim::coi {

/// One file that could not be imported, and why (a sentence naming what to do).
struct ImportFailure {
  std::string file;
  std::string reason;
};

/// What an import of many files did.
struct ImportSummary {
  std::size_t files = 0;            // files tried
  std::size_t imported = 0;         // new documents
  std::size_t already_present = 0;  // the same content was there before
  std::size_t passages = 0;         // passages of the new documents
  std::vector<ImportFailure> failures;
};

/// The files an import of `paths` reads: a file as given (whatever its extension); a folder
/// recursively, files ImportFile reads (IsImportable) in path order, leaving out hidden files
/// and README/LICENSE files (a corpus' own notes, not reports). A path that does not exist is a
/// failure, returned in `missing`.
std::vector<std::filesystem::path> CollectImportFiles(const std::vector<std::string>& paths,
                                                      std::vector<ImportFailure>& missing);

/// Called before each file: how many are done, how many in all, which one is next.
using ImportProgress =
    std::function<void(std::size_t done, std::size_t total, const std::filesystem::path& next)>;

/// Imports every file of `paths` (CollectImportFiles), each in its own transaction: a failed
/// file is recorded with its reason and the others go on.
ImportSummary ImportPaths(store::Store& store, const std::vector<std::string>& paths,
                          const ImportOptions& options, const ImportProgress& progress = {},
                          const Clock& clock = SystemClock::Instance());

}  // namespace verbatim::coi
