#include "http/metrics.h"

#include <gtest/gtest.h>

#include "http/problem.h"

namespace verbatim::http {
namespace {

TEST(Metrics, CountsByRouteMethodAndStatusInPrometheusFormat) {
  Metrics m;
  m.Record("/api/v1/cases/{id}", "GET", 200, 0.002);
  m.Record("/api/v1/cases/{id}", "GET", 200, 0.3);
  m.Record("/api/v1/cases/{id}", "GET", 404, 0.001);
  const std::string text = m.Render();
  EXPECT_NE(text.find("# TYPE verbatim_http_requests_total counter"), std::string::npos);
  EXPECT_NE(text.find("verbatim_http_requests_total{route=\"/api/v1/cases/{id}\",method=\"GET\","
                      "status=\"200\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("status=\"404\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("verbatim_http_request_duration_seconds_bucket{route=\"/api/v1/cases/{id}\","
                      "le=\"0.0025\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("le=\"+Inf\"} 3\n"), std::string::npos);
  EXPECT_NE(text.find("verbatim_http_request_duration_seconds_count{route=\"/api/v1/cases/{id}\"} 3"),
            std::string::npos);
}

TEST(Problem, MapsErrorCodesAndHidesInternalDetails) {
  EXPECT_EQ(HttpStatusFor(ErrorCode::kInvalidArgument), 400);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kLocked), 423);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kAlreadyExists), 409);
  const Problem p = ProblemFrom(Internal("sqlite: disk I/O error at /var/secret"));
  EXPECT_EQ(p.status, 500);
  EXPECT_EQ(p.detail.find("/var/secret"), std::string::npos);
  const Json j = ProblemFrom(NotFound("There is no case 'x'.")).ToJson();
  EXPECT_EQ(j["status"], 404);
  EXPECT_EQ(j["title"], "Not Found");
  EXPECT_EQ(j["detail"], "There is no case 'x'.");
}

}  // namespace
}  // namespace verbatim::http
