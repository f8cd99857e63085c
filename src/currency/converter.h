#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "store/store.h"

namespace verbatim::currency {

/// One currency's rate against the US dollar as used for a conversion.
struct RateLeg {
  std::string currency;
  std::string series;        // where it came from
  std::string period_start;  // the month or year it is the average of
  double units_per_usd = 0;
};

/// An amount converted at a date, with the rates that were used (AS-2).
struct Conversion {
  double amount = 0;          // in the target currency
  double rate = 0;            // target units per source unit
  std::string rate_date;      // the older of the legs' periods
  std::string source;         // human-readable: series and periods used
  std::vector<RateLeg> legs;  // none for USD
};

/// Converts `amount` of `from` into `to` on `date` (YYYY-MM-DD) through the US dollar, using
/// for each currency the nearest earlier rate of the finest series available (monthly before
/// annual; the Federal Reserve before the World Bank): a monthly rate of that month or the one
/// before, else an annual rate of that year or the one before. An unknown currency code or a date
/// outside the data is InvalidArgument / NotFound saying what the data covers.
Result<Conversion> Convert(store::Store& store, double amount, const std::string& from,
                           const std::string& to, const std::string& date);

}  // namespace verbatim::currency
