#include "currency/converter.h"

#include <cstdlib>

#include "currency/country_currencies.h"
#include "store/rate_table.h"

namespace verbatim::currency {
namespace {

int Year(const std::string& d) { return std::atoi(d.substr(0, 4).c_str()); }
int MonthIndex(const std::string& d) { return Year(d) * 12 + std::atoi(d.substr(5, 2).c_str()) - 1; }

// Finer series first; among equals the Federal Reserve before the World Bank.
int Rank(const store::RateRow& r) {
  if (r.period == "month") return 0;
  return r.series.rfind("fed", 0) == 0 ? 1 : 2;
}

bool Covers(const store::RateRow& r, const std::string& date) {
  if (r.period == "month") return MonthIndex(date) - MonthIndex(r.period_start) <= 1;
  return Year(date) - Year(r.period_start) <= 1;
}

bool LooksLikeCode(const std::string& code) {
  if (code.size() != 3) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

Result<RateLeg> Leg(store::Transaction& txn, const std::string& currency, const std::string& date) {
  VB_ASSIGN_OR_RETURN(auto rows, store::LatestRatesOnOrBefore(txn, currency, date));
  const store::RateRow* best = nullptr;
  for (const auto& r : rows) {
    if (Covers(r, date) && (best == nullptr || Rank(r) < Rank(*best))) best = &r;
  }
  if (best != nullptr) {
    return RateLeg{currency, best->series, best->period_start, std::strtod(best->units_per_usd.c_str(), nullptr)};
  }
  VB_ASSIGN_OR_RETURN(auto coverage, store::RateCoverage(txn, currency));
  if (!coverage) {
    if (FindCurrency(currency) != nullptr) {
      return NotFound("There are no exchange rates for " + currency + " in the data.");
    }
    return InvalidArgument("'" + currency + "' is not a currency code; use ISO 4217, e.g. AFN, IRR, EUR.");
  }
  return NotFound("The rates for " + currency + " run from " + coverage->first.substr(0, 7) + " to " +
                  coverage->second.substr(0, 7) + "; " + date + " is outside them.");
}

}  // namespace

Result<Conversion> Convert(store::Store& store, double amount, const std::string& from,
                           const std::string& to, const std::string& date) {
  for (const auto* code : {&from, &to}) {
    if (!LooksLikeCode(*code)) {
      return InvalidArgument("'" + *code + "' is not a currency code; use three capital letters "
                             "(ISO 4217), e.g. AFN, IRR, EUR.");
    }
  }
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
  Conversion c;
  double from_per_usd = 1, to_per_usd = 1;
  if (from != "USD") {
    VB_ASSIGN_OR_RETURN(RateLeg leg, Leg(*txn, from, date));
    from_per_usd = leg.units_per_usd;
    c.legs.push_back(leg);
  }
  if (to != "USD") {
    VB_ASSIGN_OR_RETURN(RateLeg leg, Leg(*txn, to, date));
    to_per_usd = leg.units_per_usd;
    c.legs.push_back(leg);
  }
  c.rate = to_per_usd / from_per_usd;
  c.amount = amount * c.rate;
  c.rate_date = date;
  for (const auto& leg : c.legs) {
    if (leg.period_start < c.rate_date) c.rate_date = leg.period_start;
    c.source += (c.source.empty() ? "" : "; ") + leg.currency + ": " + leg.series + " " +
                (leg.series.find("monthly") != std::string::npos ? leg.period_start.substr(0, 7)
                                                                  : leg.period_start.substr(0, 4));
  }
  if (c.source.empty()) c.source = "identity (US dollar)";
  return c;
}

}  // namespace verbatim::currency
