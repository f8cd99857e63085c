// End to end over real HTTP: authentication, authorisation, CSRF, errors, the OpenAPI document.
#include <set>

#include "api_fixture.h"
#include "http/router.h"
#include "store/audit_table.h"

namespace verbatim::testing {
namespace {

// The routes that need no login; any other route must answer 401 without a session.
const std::set<std::string> kPublicRoutes = {"GET /healthz", "GET /metrics",
                                             "GET /api/v1/openapi.json", "POST /api/v1/session"};

std::string Concrete(std::string pattern) {
  for (auto pos = pattern.find('{'); pos != std::string::npos; pos = pattern.find('{')) {
    pattern.replace(pos, pattern.find('}', pos) - pos + 1, "0123456789abcdef");
  }
  return pattern;
}

TEST_F(ApiTest, EveryRouteThatIsNotDeclaredPublicAnswers401WithoutASession) {
  std::set<std::string> public_routes;
  ASSERT_GT(server_->router().routes().size(), 8u);
  for (const auto& route : server_->router().routes()) {
    const std::string key = route.method + " " + route.pattern;
    if (route.access.is_public()) {
      public_routes.insert(key);
      continue;
    }
    httplib::Request req;
    req.method = route.method;
    req.path = Concrete(route.pattern);
    req.headers = {{"Content-Type", "application/json"}};
    req.body = "{}";
    auto res = client_->send(req);
    ASSERT_TRUE(res) << key;
    EXPECT_EQ(res->status, 401) << key;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json") << key;
  }
  EXPECT_EQ(public_routes, kPublicRoutes);
}

TEST_F(ApiTest, OpenApiDocumentListsExactlyTheRegisteredRoutes) {
  auto res = client_->Get("/api/v1/openapi.json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const Json doc = Json::parse(res->body);
  EXPECT_EQ(doc["openapi"].get<std::string>().rfind("3.", 0), 0u);
  std::set<std::string> documented, registered;
  for (const auto& [path, ops] : doc["paths"].items()) {
    for (const auto& [method, op] : ops.items()) {
      std::string m = method;
      std::transform(m.begin(), m.end(), m.begin(), ::toupper);
      documented.insert(m + " " + path);
      EXPECT_TRUE(op.contains("x-roles")) << path;
    }
  }
  for (const auto& route : server_->router().routes()) registered.insert(route.method + " " + route.pattern);
  EXPECT_EQ(documented, registered);
}

TEST_F(ApiTest, HealthAndMetrics) {
  auto health = client_->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(Json::parse(health->body), Json({{"status", "ok"}}));
  client_->Get("/api/v1/nothing-here");
  auto metrics = client_->Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("verbatim_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"}"),
            std::string::npos);
  EXPECT_NE(metrics->body.find("route=\"unmatched\",method=\"GET\",status=\"404\""), std::string::npos);
  EXPECT_NE(metrics->body.find("verbatim_http_request_duration_seconds_bucket"), std::string::npos);
}

TEST_F(ApiTest, LoginSetsAStrictHttpOnlyCookieAndMeTellsWhoIsLoggedIn) {
  AddUser("officer", auth::Role::kOfficer);
  auto res = client_->Post("/api/v1/session",
                           Json{{"username", "officer"}, {"password", Password("officer")}}.dump(),
                           "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const std::string cookie = res->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // plain HTTP here; set behind TLS
  const std::string token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
  EXPECT_EQ(token.size(), 64u);  // 256 bits
  LogIn("officer");
  auto me = Get("/api/v1/me");
  ASSERT_TRUE(me);
  ASSERT_EQ(me->status, 200);
  const Json j = Json::parse(me->body);
  EXPECT_EQ(j["username"], "officer");
  EXPECT_EQ(j["role"], "officer");
  EXPECT_EQ(j["csrf_token"], csrf_);
}

TEST_F(ApiTest, StateChangingRequestsNeedTheCsrfToken) {
  AddUser("officer", auth::Role::kOfficer);
  LogIn("officer");
  auto without = client_->Delete("/api/v1/session", Auth(false));
  ASSERT_TRUE(without);
  EXPECT_EQ(without->status, 403);
  httplib::Headers wrong{{"Cookie", cookie_}, {"X-CSRF-Token", std::string(64, 'a')}};
  EXPECT_EQ(client_->Delete("/api/v1/session", wrong)->status, 403);
  auto logout = client_->Delete("/api/v1/session", Auth());
  ASSERT_TRUE(logout);
  EXPECT_EQ(logout->status, 204);
  auto after = Get("/api/v1/me");
  EXPECT_EQ(after->status, 401);
  EXPECT_NE(after->body.find("expired"), std::string::npos);
}

TEST_F(ApiTest, CrossSiteOriginIsRefused) {
  AddUser("officer", auth::Role::kOfficer);
  LogIn("officer");
  httplib::Headers h = Auth();
  h.emplace("Origin", "https://evil.example");
  auto res = client_->Post("/api/v1/cases", h, "{}", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
}

TEST_F(ApiTest, WrongPasswordIs401AndTenFailuresLockWith423) {
  AddUser("officer", auth::Role::kOfficer);
  for (int i = 0; i < 10; ++i) {
    auto res = client_->Post("/api/v1/session",
                             Json{{"username", "officer"}, {"password", "wrong-password-x"}}.dump(),
                             "application/json");
    ASSERT_EQ(res->status, 401);
  }
  auto locked = client_->Post("/api/v1/session",
                              Json{{"username", "officer"}, {"password", Password("officer")}}.dump(),
                              "application/json");
  ASSERT_TRUE(locked);
  EXPECT_EQ(locked->status, 423);
  EXPECT_NE(Json::parse(locked->body)["detail"].get<std::string>().find("locked"), std::string::npos);
}

TEST_F(ApiTest, BadInputGetsProblemJsonNever500) {
  AddUser("officer", auth::Role::kOfficer);
  LogIn("officer");
  struct Case { const char* body; const char* type; int status; const char* mentions; } cases[] = {
      {"{\"applicant\": {\"family_name\": }", "application/json", 400, "line 1"},
      {"[1, 2]", "application/json", 400, "JSON object"},
      {"family_name=x", "application/x-www-form-urlencoded", 400, "Content-Type: application/json"},
      {"{\"applicant\": 5}", "application/json", 400, "applicant"},
      {"{\"applicant\": {\"family_name\": 5}}", "application/json", 400, "family_name"},
      {"{\"applicant\": {\"family_name\": \"\\ud800\"}}", "application/json", 400, ""},
  };
  for (const auto& c : cases) {
    auto res = client_->Post("/api/v1/cases", Auth(), c.body, c.type);
    ASSERT_TRUE(res) << c.body;
    EXPECT_EQ(res->status, c.status) << c.body << " -> " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json") << c.body;
    EXPECT_NE(res->body.find(c.mentions), std::string::npos) << res->body;
  }
}

TEST_F(ApiTest, UnknownPathIs404WrongMethodIs405AndTooLargeIs413) {
  AddUser("officer", auth::Role::kOfficer);
  LogIn("officer");
  auto missing = Get("/api/v1/nothing");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(missing->get_header_value("Content-Type"), "application/problem+json");
  auto wrong = client_->Put("/api/v1/cases", Auth(), "{}", "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 405);
  EXPECT_EQ(wrong->get_header_value("Allow"), "GET, POST");
  auto large = client_->Post("/api/v1/cases", Auth(), std::string(100 * 1024, ' '), "application/json");
  ASSERT_TRUE(large);
  EXPECT_EQ(large->status, 413);
  EXPECT_EQ(large->get_header_value("Content-Type"), "application/problem+json");
}

TEST_F(ApiTest, RolesWithoutCaseAccessGet403AndTheDenialIsAudited) {
  AddUser("lawyer", auth::Role::kLawyer);
  AddUser("admin", auth::Role::kAdmin);
  LogIn("lawyer");
  EXPECT_EQ(Get("/api/v1/cases")->status, 403);
  EXPECT_EQ(Get("/api/v1/cases/abc")->status, 403);
  EXPECT_EQ(Get("/api/v1/users")->status, 403);
  LogIn("admin");
  EXPECT_EQ(Get("/api/v1/cases")->status, 403);
  auto users = Get("/api/v1/users");
  ASSERT_EQ(users->status, 200);
  EXPECT_EQ(Json::parse(users->body)["users"].size(), 2u);
}

TEST_F(ApiTest, SecurityHeadersOnEveryAnswer) {
  auto res = client_->Get("/healthz");
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY");
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  auto api = client_->Get("/api/v1/me");
  EXPECT_EQ(api->get_header_value("Cache-Control"), "no-store");
}

}  // namespace
}  // namespace verbatim::testing
