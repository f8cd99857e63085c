#include "coi/demo_library.h"

#include "coi/folder_import.h"
#include "store/coi_table.h"

namespace verbatim::coi {
namespace {

Result<std::pair<std::int64_t, std::int64_t>> Count(store::Store& store) {
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
  return store::CountCoiLibrary(*txn);
}

}  // namespace

Result<DemoLibrary> EnsureDemoLibrary(store::Store& store, const std::filesystem::path& data_dir) {
  DemoLibrary library;
  VB_ASSIGN_OR_RETURN(auto before, Count(store));
  if (before.first == 0) {
    const auto folder = data_dir / "coi";
    if (!std::filesystem::is_directory(folder)) {
      return NotFound(folder.string() + " is missing: the demo COI library cannot be loaded");
    }
    // One transaction for the whole library: the files ship with Verbatim, and a commit per file
    // (a disk flush each) would make the first start of `serve --demo` seconds slower.
    std::vector<ImportFailure> failures;
    const auto files = CollectImportFiles({folder.string()}, failures);
    VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kWrite));
    for (const auto& file : files) {
      if (!ImportFileIn(*txn, file, {}).ok()) ++library.failed;
    }
    VB_RETURN_IF_ERROR(txn->Commit());
    library.loaded_now = true;
    library.failed += failures.size();
  }
  VB_ASSIGN_OR_RETURN(auto after, Count(store));
  library.documents = after.first;
  library.passages = after.second;
  return library;
}

}  // namespace verbatim::coi
