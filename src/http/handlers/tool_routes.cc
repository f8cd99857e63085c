#include <cmath>
#include <cstdlib>

#include "currency/converter.h"
#include "http/handlers/routes.h"

namespace verbatim::http {

// The assistance tools (AS-2). They read reference data only, no personal data, so they are
// not audited; they are still for logged-in officers only.
void AddToolRoutes(Router& router, Services& s) {
  const Access officers = Access::Roles({auth::Role::kOfficer, auth::Role::kSupervisor,
                                         auth::Role::kBorderOfficer});
  router.Add("GET", "/api/v1/tools/currency/convert", officers, [&s](Context& ctx) {
    const std::string amount_text = ctx.Query("amount");
    char* end = nullptr;
    const double amount = std::strtod(amount_text.c_str(), &end);
    if (amount_text.empty() || *end != '\0' || !std::isfinite(amount)) {
      return ctx.Fail(InvalidArgument("'amount' must be a number, e.g. 1250 or 99.50."));
    }
    const std::string on = ctx.Query("on");
    if (on.size() != 10 || !ParseRfc3339(on + "T00:00:00Z").ok()) {
      return ctx.Fail(InvalidArgument("'on' must be a date, YYYY-MM-DD."));
    }
    auto c = currency::Convert(s.store, amount, ctx.Query("from"), ctx.Query("to"), on);
    if (!c.ok()) return ctx.Fail(c.status());
    Json legs = Json::array();
    for (const auto& l : c->legs) {
      legs.push_back({{"currency", l.currency}, {"series", l.series}, {"period_start", l.period_start},
                      {"units_per_usd", l.units_per_usd}});
    }
    ctx.ReplyJson(200, {{"amount", c->amount}, {"rate", c->rate}, {"rate_date", c->rate_date},
                        {"source", c->source}, {"legs", legs}});
  });
}

}  // namespace verbatim::http
