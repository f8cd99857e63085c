// The administrator's routes over real HTTP, on both backends: users, locks and the agency a
// referral_agency user acts for (issue 5, UN-6/UN-7). The screening a referral is about is a
// fixture row of screening-core's table, as in api_referral_test.cc; the rest goes through the API.
#include "api_fixture.h"
#include "audit/audit_log.h"
#include "referral/example_guides.h"
#include "store/audit_table.h"
#include "store/screening_fixture.h"

namespace verbatim::testing {
namespace {

class AdminApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    ASSERT_TRUE(referral::LoadExampleGuides(db_.store(), clock_).ok());
    AddUser("admin", auth::Role::kAdmin);
    AddUser("officer", auth::Role::kOfficer);
    AddUser("border", auth::Role::kBorderOfficer);
    AddUser("agency", auth::Role::kReferralAgency);
  }

  httplib::Result Put(const std::string& path, const Json& body) {
    return client_->Put(path.c_str(), Auth(), body.dump(), "application/json");
  }
  /// The entry of `username` in GET /api/v1/users (null when absent).
  Json UserEntry(const std::string& username) {
    auto res = Get("/api/v1/users");
    EXPECT_EQ(res->status, 200);
    const Json doc = Json::parse(res->body);
    for (const auto& u : doc["users"]) {
      if (u["username"] == username) return u;
    }
    return nullptr;
  }
  std::string Detail(const httplib::Result& res) {
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
    return Json::parse(res->body)["detail"];
  }
  /// "action:object:outcome" of every audit row written by `actor`, logins and logouts left out.
  std::vector<std::string> AuditBy(const std::string& actor) {
    auto txn = db_.store().Begin(store::Access::kRead);
    auto rows = store::ReadAuditRecords(**txn, 0, 10'000);
    std::vector<std::string> out;
    for (const auto& r : *rows) {
      if (r.actor == actor && r.action.rfind("session.", 0) != 0)
        out.push_back(r.action + ":" + r.object + ":" + r.outcome);
    }
    return out;
  }
  std::string InsertScreening() {
    return store::AddScreeningFixture(db_.store(), ToUnixMicros(clock_.Now()), "Farid Ahmadi", "border");
  }
};

TEST_F(AdminApiTest, OnlyAdministratorsReachTheUserRoutes) {
  for (const char* who : {"officer", "agency"}) {
    LogIn(who);
    EXPECT_EQ(Get("/api/v1/users")->status, 403) << who;
    EXPECT_EQ(Post("/api/v1/users",
                   {{"username", "x1"}, {"role", "officer"}, {"password", "long enough password"}})
                  ->status,
              403)
        << who;
    EXPECT_EQ(Post("/api/v1/users/border/lock", Json::object())->status, 403) << who;
    EXPECT_EQ(Post("/api/v1/users/border/unlock", Json::object())->status, 403) << who;
    EXPECT_EQ(Put("/api/v1/users/agency/agency", {{"agency_id", "kz-example-asylum"}})->status, 403)
        << who;
  }
  LogIn("admin");
  EXPECT_FALSE(UserEntry("border")["locked"]);  // nothing above took effect
  EXPECT_TRUE(UserEntry("agency")["agency_id"].is_null());
}

TEST_F(AdminApiTest, TheListTellsAnAdministratorsLockFromAnAutomaticLockout) {
  for (int i = 0; i < 10; ++i) {
    client_->Post("/api/v1/session",
                  Json{{"username", "border"}, {"password", "wrong password!!"}}.dump(),
                  "application/json");
  }
  LogIn("admin");
  const Json border = UserEntry("border");
  EXPECT_EQ(border["locked"], true);
  EXPECT_EQ(border["locked_reason"], "failed_logins");
  const Json officer = UserEntry("officer");
  EXPECT_EQ(officer["locked"], false);
  EXPECT_TRUE(officer["locked_reason"].is_null());
  EXPECT_TRUE(officer["agency_id"].is_null());
  EXPECT_EQ(officer["role"], "officer");
  EXPECT_EQ(officer["created_at"], "2026-11-18T11:06:40.000Z");

  ASSERT_EQ(Post("/api/v1/users/border/unlock", Json::object())->status, 204);
  EXPECT_EQ(UserEntry("border")["locked"], false);  // an unlock lifts the lockout too
}

TEST_F(AdminApiTest, ALockEndsTheUsersSessionsAndKeepsThemOutUntilUnlocked) {
  LogIn("officer");
  const auto officer_headers = Auth();
  ASSERT_EQ(client_->Get("/api/v1/me", officer_headers)->status, 200);

  LogIn("admin");
  auto locked = Post("/api/v1/users/officer/lock", Json::object());
  ASSERT_EQ(locked->status, 204) << locked->body;
  EXPECT_EQ(UserEntry("officer")["locked_reason"], "admin");
  EXPECT_EQ(client_->Get("/api/v1/me", officer_headers)->status, 401);  // the session is gone
  auto refused = client_->Post(
      "/api/v1/session", Json{{"username", "officer"}, {"password", Password("officer")}}.dump(),
      "application/json");
  EXPECT_EQ(refused->status, 423);

  ASSERT_EQ(Post("/api/v1/users/officer/unlock", Json::object())->status, 204);
  EXPECT_EQ(UserEntry("officer")["locked"], false);
  LogIn("officer");
  EXPECT_EQ(Get("/api/v1/me")->status, 200);

  EXPECT_EQ(AuditBy("admin"),
            (std::vector<std::string>{"user.lock:user:officer:ok", "user.unlock:user:officer:ok"}));
  EXPECT_TRUE(audit::Verify(db_.store()).ok());
}

TEST_F(AdminApiTest, NobodyLocksTheirOwnAccountOrAnUnknownOne) {
  LogIn("admin");
  auto self = Post("/api/v1/users/admin/lock", Json::object());
  EXPECT_EQ(self->status, 409);
  EXPECT_NE(Detail(self).find("cannot lock your own account"), std::string::npos);
  EXPECT_EQ(Get("/api/v1/me")->status, 200);  // still logged in
  EXPECT_EQ(UserEntry("admin")["locked"], false);

  auto ghost = Post("/api/v1/users/ghost/lock", Json::object());
  EXPECT_EQ(ghost->status, 404);
  EXPECT_NE(Detail(ghost).find("There is no user 'ghost'"), std::string::npos);
  EXPECT_EQ(Post("/api/v1/users/ghost/unlock", Json::object())->status, 404);
  // A lock without the CSRF token is refused like every state change.
  EXPECT_EQ(
      client_->Post("/api/v1/users/officer/lock", Auth(false), "{}", "application/json")->status,
      403);
  // The refused attempt on the own account is in the audit log; unknown users have no history.
  EXPECT_EQ(AuditBy("admin"), (std::vector<std::string>{"user.lock:user:admin:denied"}));
  EXPECT_TRUE(audit::Verify(db_.store()).ok());
}

TEST_F(AdminApiTest, AnAssignedAgencyUserSeesTheReferralsAddressedToTheirAgency) {
  LogIn("border");
  auto sent = Post("/api/v1/screenings/" + InsertScreening() + "/referrals",
                   {{"category", "asylum_authority"},
                    {"agency_id", "kz-example-asylum"},
                    {"priority", "high"},
                    {"reason", "Fear of return expressed (UN-4)"},
                    {"consent", {{"given", true}}}});
  ASSERT_EQ(sent->status, 201) << sent->body;

  LogIn("agency");  // UN-6: no agency yet, so no referrals
  EXPECT_EQ(Json::parse(Get("/api/v1/referrals")->body)["referrals"].size(), 0u);

  LogIn("admin");
  auto assigned =
      Put("/api/v1/users/agency/agency", {{"agency_id", "kz-example-child-protection"}});
  ASSERT_EQ(assigned->status, 200) << assigned->body;
  EXPECT_EQ(Json::parse(assigned->body)["agency_id"], "kz-example-child-protection");
  EXPECT_EQ(Json::parse(assigned->body)["username"], "agency");
  LogIn("agency");  // another agency's referral stays out of sight
  EXPECT_EQ(Json::parse(Get("/api/v1/referrals")->body)["referrals"].size(), 0u);

  LogIn("admin");
  ASSERT_EQ(Put("/api/v1/users/agency/agency", {{"agency_id", "kz-example-asylum"}})->status, 200);
  EXPECT_EQ(UserEntry("agency")["agency_id"], "kz-example-asylum");  // replaces the earlier one
  LogIn("agency");
  auto inbox = Get("/api/v1/referrals");
  ASSERT_EQ(inbox->status, 200);
  ASSERT_EQ(Json::parse(inbox->body)["referrals"].size(), 1u);
  EXPECT_EQ(Json::parse(inbox->body)["referrals"][0]["agency"]["id"], "kz-example-asylum");

  EXPECT_EQ(AuditBy("admin"), (std::vector<std::string>{"agency.assign:user:agency:ok",
                                                        "agency.assign:user:agency:ok"}));
}

TEST_F(AdminApiTest, BadAgencyAssignmentsSayWhatIsWrong) {
  LogIn("admin");
  auto not_agency = Put("/api/v1/users/officer/agency", {{"agency_id", "kz-example-asylum"}});
  EXPECT_EQ(not_agency->status, 400);
  EXPECT_NE(Detail(not_agency).find("only referral_agency users act for an agency"),
            std::string::npos);

  auto ghost = Put("/api/v1/users/ghost/agency", {{"agency_id", "kz-example-asylum"}});
  EXPECT_EQ(ghost->status, 404);
  EXPECT_NE(Detail(ghost).find("There is no user 'ghost'"), std::string::npos);

  auto unknown = Put("/api/v1/users/agency/agency", {{"agency_id", "kz-nothing"}});
  EXPECT_EQ(unknown->status, 400);
  EXPECT_NE(Detail(unknown).find("There is no agency 'kz-nothing'"), std::string::npos);

  auto missing = Put("/api/v1/users/agency/agency", Json::object());
  EXPECT_EQ(missing->status, 400);
  EXPECT_NE(Detail(missing).find("'agency_id' is required"), std::string::npos);
  auto wrong_type = Put("/api/v1/users/agency/agency", {{"agency_id", 7}});
  EXPECT_EQ(wrong_type->status, 400);
  EXPECT_NE(Detail(wrong_type).find("agency_id"), std::string::npos);
  auto not_json =
      client_->Put("/api/v1/users/agency/agency", Auth(), "agency_id=kz", "application/json");
  EXPECT_EQ(not_json->status, 400);

  EXPECT_TRUE(UserEntry("agency")["agency_id"].is_null());  // nothing half-written
  EXPECT_TRUE(AuditBy("admin").empty());
}

TEST_F(AdminApiTest, CreatingAUserShowsTheFieldThatIsWrong) {
  LogIn("admin");
  auto created = Post("/api/v1/users", {{"username", "kz.agency2"},
                                        {"role", "referral_agency"},
                                        {"password", "a long enough password"}});
  ASSERT_EQ(created->status, 201) << created->body;
  const Json entry = UserEntry("kz.agency2");
  EXPECT_EQ(entry["role"], "referral_agency");
  EXPECT_TRUE(entry["agency_id"].is_null());

  auto two_wrong = Post("/api/v1/users",
                        {{"username", "Officer 2"}, {"role", "officer"}, {"password", "short"}});
  EXPECT_EQ(two_wrong->status, 400);
  const Json errors = Json::parse(two_wrong->body)["errors"];
  ASSERT_EQ(errors.size(), 2u) << two_wrong->body;
  EXPECT_EQ(errors[0]["field"], "username");
  EXPECT_EQ(errors[1]["field"], "password");
  EXPECT_EQ(errors[1]["message"], "The password must have at least 12 characters.");
  auto taken =
      Post("/api/v1/users",
           {{"username", "officer"}, {"role", "officer"}, {"password", "a long enough password"}});
  EXPECT_EQ(taken->status, 409);
  EXPECT_EQ(Json::parse(taken->body)["errors"][0]["field"], "username");
  auto bad_role =
      Post("/api/v1/users",
           {{"username", "x3"}, {"role", "boss"}, {"password", "a long enough password"}});
  EXPECT_EQ(bad_role->status, 400);
  EXPECT_NE(Detail(bad_role).find("'boss' is not a role"), std::string::npos);
  EXPECT_EQ(Json::parse(bad_role->body)["errors"][0]["field"], "role");
  EXPECT_TRUE(UserEntry("x3").is_null());  // nothing created by a refused request
}

}  // namespace
}  // namespace verbatim::testing
