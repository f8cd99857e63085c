#include "store/rate_table.h"

#include <algorithm>
#include <set>

namespace verbatim::store {

Status ReplaceRates(Transaction& txn, const std::string& series, const std::vector<RateRow>& rows) {
  std::set<std::string> currencies;
  for (const auto& r : rows) currencies.insert(r.currency);
  for (const auto& c : currencies) {
    VB_RETURN_IF_ERROR(
        txn.Execute("DELETE FROM exchange_rates WHERE series = $1 AND currency = $2", {series, c})
            .status());
  }
  // Many rows per statement: a file holds tens of thousands, and one round trip each would make
  // an import on PostgreSQL take many seconds.
  constexpr std::size_t kBatch = 200;
  for (std::size_t start = 0; start < rows.size(); start += kBatch) {
    const std::size_t end = std::min(rows.size(), start + kBatch);
    std::string sql =
        "INSERT INTO exchange_rates (currency, series, period, period_start, units_per_usd) VALUES ";
    std::vector<Value> params;
    params.reserve((end - start) * 5);
    for (std::size_t i = start; i < end; ++i) {
      const std::size_t p = params.size();
      sql += (i == start ? "(" : ", (");
      for (std::size_t k = 1; k <= 5; ++k) sql += "$" + std::to_string(p + k) + (k < 5 ? ", " : ")");
      const RateRow& r = rows[i];
      for (const std::string* v : {&r.currency, &series, &r.period, &r.period_start, &r.units_per_usd}) {
        params.emplace_back(*v);
      }
    }
    VB_RETURN_IF_ERROR(txn.Execute(sql, params).status());
  }
  return Status::Ok();
}

Result<std::vector<RateRow>> LatestRatesOnOrBefore(Transaction& txn, const std::string& currency,
                                                   const std::string& date) {
  VB_ASSIGN_OR_RETURN(
      auto rows,
      txn.Query("SELECT r.currency, r.series, r.period, r.period_start, r.units_per_usd "
                "FROM exchange_rates r WHERE r.currency = $1 AND r.period_start = ("
                "  SELECT MAX(x.period_start) FROM exchange_rates x WHERE x.currency = r.currency "
                "  AND x.series = r.series AND x.period_start <= $2) ORDER BY r.series",
                {currency, date}));
  std::vector<RateRow> out;
  for (const auto& r : rows) out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4)});
  return out;
}

Result<std::int64_t> CountRates(Transaction& txn) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT COUNT(*) FROM exchange_rates"));
  return rows[0].Int(0);
}

Result<std::optional<std::pair<std::string, std::string>>> RateCoverage(Transaction& txn,
                                                                       const std::string& currency) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT MIN(period_start), MAX(period_start) FROM "
                                           "exchange_rates WHERE currency = $1",
                                           {currency}));
  if (rows.empty() || rows[0].IsNull(0)) return std::optional<std::pair<std::string, std::string>>();
  return std::optional<std::pair<std::string, std::string>>(std::pair{rows[0].Text(0), rows[0].Text(1)});
}

}  // namespace verbatim::store
