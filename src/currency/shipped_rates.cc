#include "currency/shipped_rates.h"

#include <fstream>

#include "currency/rate_import.h"
#include "store/rate_table.h"

namespace verbatim::currency {

Result<ImportReport> ImportRatesFile(store::Store& store, const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return NotFound("cannot read " + file.string());
  VB_ASSIGN_OR_RETURN(ImportedSeries series, ParseRatesCsv(in, file.string()));
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kWrite));
  VB_RETURN_IF_ERROR(store::ReplaceRates(*txn, series.series, series.rows));
  VB_RETURN_IF_ERROR(txn->Commit());
  return ImportReport{file.string(), series.series, series.rows.size(), series.skipped};
}

Result<std::vector<ImportReport>> EnsureShippedRates(store::Store& store,
                                                     const std::filesystem::path& data_dir) {
  {
    VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(std::int64_t count, store::CountRates(*txn));
    if (count > 0) return std::vector<ImportReport>();
  }
  std::vector<ImportReport> reports;
  for (const char* name : {"fed-h10-monthly.csv", "fed-h10-annual.csv",
                           "worldbank-PA.NUS.FCRF-annual.csv"}) {
    VB_ASSIGN_OR_RETURN(ImportReport r, ImportRatesFile(store, data_dir / "exchange-rates" / name));
    reports.push_back(std::move(r));
  }
  return reports;
}

}  // namespace verbatim::currency
