#pragma once

#include <cstdint>
#include <filesystem>

#include "base/result.h"
#include "store/store.h"

namespace verbatim::coi {

/// What EnsureDemoLibrary found or did.
struct DemoLibrary {
  bool loaded_now = false;  // false: the library had documents already and was left alone
  std::int64_t documents = 0;
  std::int64_t passages = 0;
  std::size_t failed = 0;
};

/// `serve --demo`: on a store whose COI library is empty, imports every document of
/// `data_dir`/coi (the State Department reports and Factbook profiles); a library with any
/// document is left as it is, so a restart does not read the files again.
Result<DemoLibrary> EnsureDemoLibrary(store::Store& store, const std::filesystem::path& data_dir);

}  // namespace verbatim::coi
