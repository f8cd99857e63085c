#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/store.h"

namespace verbatim::currency {

/// What an import did.
struct ImportReport {
  std::string file;
  std::string series;
  std::size_t rows = 0;
  std::vector<std::string> skipped;
};

/// Imports one rates file in one transaction (replacing what the same series held for the
/// same currencies: importing twice changes nothing).
Result<ImportReport> ImportRatesFile(store::Store& store, const std::filesystem::path& file);

/// On a store without rates, imports the files shipped in `data_dir`/exchange-rates (Federal
/// Reserve H.10 monthly and annual, World Bank annual), so that a fresh checkout converts with no
/// set-up. Returns the reports of what it imported (none when rates were there).
Result<std::vector<ImportReport>> EnsureShippedRates(store::Store& store,
                                                     const std::filesystem::path& data_dir);

}  // namespace verbatim::currency
