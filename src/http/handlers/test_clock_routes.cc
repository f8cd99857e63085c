#include "http/handlers/routes.h"

namespace verbatim::http {

// Registered only when the server runs with `--test-clock`, which `verbatim serve` refuses
// outside tests (VERBATIM_TESTING=1): browser tests cross a break or the maximum duration
// (CH-11) without waiting hours.
void AddTestClockRoutes(Router& router, Services& s) {
  router.Add("POST", "/api/v1/test/clock", Access::AnyUser(), [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto minutes = body->find("advance_minutes");
    if (minutes == body->end() || !minutes->is_number_integer() || minutes->get<int>() < 0 ||
        minutes->get<int>() > 24 * 60) {
      return ctx.Fail(InvalidArgument("'advance_minutes' must be a whole number from 0 to 1440."));
    }
    s.test_clock->Advance(std::chrono::minutes(minutes->get<int>()));
    ctx.ReplyJson(200, {{"now", FormatRfc3339(s.clock.Now())}});
  });
}

}  // namespace verbatim::http
