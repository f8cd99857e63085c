#pragma once

#include <istream>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/rate_table.h"

namespace verbatim::currency {

/// The rates one file holds, all as units per US dollar, and what was left out and why.
struct ImportedSeries {
  std::string series;  // "fed-h10-monthly", "fed-h10-annual" or "worldbank-annual"
  std::vector<store::RateRow> rows;
  std::vector<std::string> skipped;  // "Venezuela: …", one line per reason
};

/// Reads a rates CSV, recognising its kind by its header:
/// - Federal Reserve H.10 (datasets/exchange-rates: "Date,Country,Exchange rate" or
///   "Date,Country,Value"), monthly or annual by its dates, all in units per US dollar (see
///   rate_import.cc on the README's claim about AUD, EUR, IEP, NZD and GBP);
/// - World Bank WDI PA.NUS.FCRF ("Data Source,World Development Indicators" preamble), annual,
///   local currency units per US dollar, countries mapped to their ISO 4217 currency.
/// A malformed line is InvalidArgument naming `name` and the line.
Result<ImportedSeries> ParseRatesCsv(std::istream& in, const std::string& name);

}  // namespace verbatim::currency
