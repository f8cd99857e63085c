#include <cmath>
#include <cstdlib>

#include "calendar/age.h"
#include "calendar/approximate_date.h"
#include "calendar/converter.h"
#include "calendar/date_json.h"
#include "calendar/describe.h"
#include "calendar/numeric_date.h"
#include "currency/converter.h"
#include "tasks/deadline_json.h"
#include "tasks/working_days.h"
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

  router.Add("GET", "/api/v1/tools/calendars", officers, [](Context& ctx) {
    Json list = Json::array();
    for (calendar::CalendarId id : calendar::AllCalendars()) list.push_back(calendar::CalendarName(id));
    ctx.ReplyJson(200, {{"calendars", list}});
  });

  router.Add("GET", "/api/v1/tools/date/convert", officers, [](Context& ctx) {
    auto from = calendar::ParseCalendarId(ctx.Query("from"));
    if (!from.ok()) return ctx.Fail(from.status());
    auto to = calendar::ParseCalendarId(ctx.Query("to"));
    if (!to.ok()) return ctx.Fail(to.status());
    auto date = calendar::ParseNumericDate(ctx.Query("date"), *from);
    if (!date.ok()) return ctx.Fail(date.status());
    auto converted = calendar::Convert(*date, *to);
    if (!converted.ok()) return ctx.Fail(converted.status());
    auto described = calendar::Describe(*converted, ctx.Query("names").empty() ? "en" : ctx.Query("names"));
    if (!described.ok()) return ctx.Fail(described.status());
    ctx.ReplyJson(200, Json::parse(calendar::ToJson(*described).dump()));
  });

  // Dates as applicants give them: "Hamal 1398", "spring 2019", "1990".
  router.Add("GET", "/api/v1/tools/date/range", officers, [](Context& ctx) {
    std::optional<calendar::CalendarId> cal;
    if (const std::string c = ctx.Query("calendar"); !c.empty()) {
      auto id = calendar::ParseCalendarId(c);
      if (!id.ok()) return ctx.Fail(id.status());
      cal = *id;
    }
    const std::string text = ctx.Query("text");
    auto date = calendar::ParseApproximateDate(text, cal);
    if (!date.ok()) return ctx.Fail(date.status());
    ctx.ReplyJson(200, Json::parse(calendar::ToJson(text, *date).dump()));
  });

  router.Add("GET", "/api/v1/tools/date/age", officers, [&s](Context& ctx) {
    auto born = calendar::ParseApproximateDate(ctx.Query("born"), std::nullopt);
    if (!born.ok()) return ctx.Fail(born.status());
    calendar::DayRange on;
    if (ctx.Query("on").empty()) {
      const calendar::Day today = std::chrono::floor<std::chrono::days>(s.clock.Now());
      on = {today, today};
    } else {
      auto parsed = calendar::ParseApproximateDate(ctx.Query("on"), std::nullopt);
      if (!parsed.ok()) return ctx.Fail(parsed.status());
      on = parsed->range;
    }
    auto age = calendar::AgeOn(born->range, on);
    if (!age.ok()) return ctx.Fail(age.status());
    ctx.ReplyJson(200, Json::parse(calendar::ToJson(born->range, on, *age).dump()));
  });

  router.Add("GET", "/api/v1/tools/deadline", officers, [](Context& ctx) {
    auto calendar = tasks::HolidayCalendar::ForProfile(ctx.Query("profile").empty() ? "BE" : ctx.Query("profile"));
    if (!calendar.ok()) return ctx.Fail(calendar.status());
    auto from = tasks::ParseIsoDate(ctx.Query("from"));
    if (!from.ok()) return ctx.Fail(from.status());
    const std::string n_text = ctx.Query("working_days");
    char* end = nullptr;
    const long n = std::strtol(n_text.c_str(), &end, 10);
    if (n_text.empty() || *end != '\0' || n < 0 || n > 1000) {
      return ctx.Fail(InvalidArgument("'working_days' must be a whole number from 0 to 1000."));
    }
    auto deadline = calendar->ComputeDeadline(*from, static_cast<int>(n));
    if (!deadline.ok()) return ctx.Fail(deadline.status());
    ctx.ReplyJson(200, tasks::DeadlineToJson(*deadline));
  });
}

}  // namespace verbatim::http
