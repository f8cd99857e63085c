#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `exchange_rates`.
struct RateRow {
  std::string currency;
  std::string series;
  std::string period;        // "month" | "year"
  std::string period_start;  // YYYY-MM-DD
  std::string units_per_usd;
};

/// Replaces every row of `series` for the currencies in `rows` with `rows` (an import is
/// idempotent: importing the same file twice leaves the same table).
Status ReplaceRates(Transaction& txn, const std::string& series, const std::vector<RateRow>& rows);
/// The rows of `currency` whose period starts on or before `date` (YYYY-MM-DD), newest first per
/// series: at most one per series.
Result<std::vector<RateRow>> LatestRatesOnOrBefore(Transaction& txn, const std::string& currency,
                                                   const std::string& date);
Result<std::int64_t> CountRates(Transaction& txn);
/// Whether any row of `currency` exists, and its first and last period.
Result<std::optional<std::pair<std::string, std::string>>> RateCoverage(Transaction& txn,
                                                                       const std::string& currency);

}  // namespace verbatim::store
