#include "http/handlers/routes.h"

namespace verbatim::http {

void AddSystemRoutes(Router& router, Services& s) {
  router.Add("GET", "/healthz", Access::Public(), [&s](Context& ctx) {
    // Healthy means the database answers, not just that the process runs.
    auto txn = s.store.Begin(store::Access::kRead);
    if (!txn.ok() || !(*txn)->Query("SELECT 1").ok()) {
      ctx.ReplyJson(503, {{"status", "unavailable"}});
      return;
    }
    ctx.ReplyJson(200, {{"status", "ok"}});
  });
  // Public like every Prometheus endpoint: it holds route patterns and counts, no personal data.
  router.Add("GET", "/metrics", Access::Public(), [&s](Context& ctx) {
    ctx.res.set_content(s.metrics.Render(), "text/plain; version=0.0.4");
  });
  router.Add("GET", "/api/v1/openapi.json", Access::Public(), [](Context& ctx) {
    ctx.res.set_content(std::string(OpenApiDocument()), "application/json");
  });
}

}  // namespace verbatim::http
