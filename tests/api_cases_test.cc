// End to end over real HTTP: cases, with names in any script, and the audit trail they leave.
#include "api_fixture.h"
#include "audit/audit_log.h"
#include "store/audit_table.h"

namespace verbatim::testing {
namespace {

const Json kArabicApplicant = {{"family_name", "Ahmad"},
                               {"given_names", "Mohammed"},
                               {"names_original_script", "محمد أحمد"},
                               {"date_of_birth", "1990-05-17"},
                               {"nationality", "SY"},
                               {"languages", {"ar"}}};

class CaseApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    AddUser("officer", auth::Role::kOfficer);
    LogIn("officer");
  }
  Json Create(const Json& applicant) {
    auto res = Post("/api/v1/cases", {{"applicant", applicant}});
    EXPECT_TRUE(res);
    EXPECT_EQ(res->status, 201) << res->body;
    return Json::parse(res->body);
  }
  std::vector<store::AuditRecord> Audit() {
    auto txn = db_.store().Begin(store::Access::kRead);
    return *store::ReadAuditRecords(**txn, 0, 10000);
  }
};

TEST_F(CaseApiTest, CreateFindAndReadACaseWithAnArabicScriptName) {
  const Json created = Create(kArabicApplicant);
  const std::string id = created["id"];
  EXPECT_EQ(created["case_number"], "VB-2026-000001");

  auto got = Get("/api/v1/cases/" + id);
  ASSERT_EQ(got->status, 200);
  const Json c = Json::parse(got->body);
  EXPECT_EQ(c["applicant"], kArabicApplicant);  // byte for byte
  EXPECT_EQ(c["links"], Json::array());

  auto found = Get("/api/v1/cases?q=" + httplib::detail::encode_query_param("أحمد"));
  ASSERT_EQ(found->status, 200);
  const Json list = Json::parse(found->body)["cases"];
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["id"], id);
  EXPECT_TRUE(Json::parse(Get("/api/v1/cases?q=nobody")->body)["cases"].empty());
}

TEST_F(CaseApiTest, FieldProblemsComeBackTogetherAndNothingIsStored) {
  Json bad = kArabicApplicant;
  bad["nationality"] = "XX";
  bad["date_of_birth"] = "1990-02-30";
  auto res = Post("/api/v1/cases", {{"applicant", bad}});
  ASSERT_EQ(res->status, 400);
  const Json problem = Json::parse(res->body);
  ASSERT_EQ(problem["errors"].size(), 2u);
  EXPECT_EQ(problem["errors"][0]["field"], "date_of_birth");
  EXPECT_EQ(problem["errors"][1]["field"], "nationality");
  EXPECT_TRUE(Json::parse(Get("/api/v1/cases")->body)["cases"].empty());
}

TEST_F(CaseApiTest, FamilyLinksAndTheirErrors) {
  const std::string a = Create(kArabicApplicant)["id"];
  Json child = kArabicApplicant;
  child["given_names"] = "Omar";
  child["date_of_birth"] = "2016";
  const std::string b = Create(child)["id"];
  auto link = Post("/api/v1/cases/" + a + "/links", {{"related_case_id", b}, {"relation", "child"}});
  ASSERT_EQ(link->status, 201) << link->body;
  EXPECT_EQ(Post("/api/v1/cases/" + a + "/links", {{"related_case_id", b}, {"relation", "child"}})->status, 409);
  EXPECT_EQ(Post("/api/v1/cases/" + a + "/links", {{"related_case_id", "nope"}, {"relation", "child"}})->status, 404);
  const Json detail = Json::parse(Get("/api/v1/cases/" + b)->body);
  ASSERT_EQ(detail["links"].size(), 1u);
  EXPECT_EQ(detail["links"][0]["relation"], "parent");
  EXPECT_EQ(Get("/api/v1/cases/0000")->status, 404);
}

TEST_F(CaseApiTest, EveryAccessIsAuditedWithoutThePersonalData) {
  const std::string id = Create(kArabicApplicant)["id"];
  Get("/api/v1/cases/" + id);
  Get("/api/v1/cases?q=Ahmad");
  std::vector<std::string> actions;
  for (const auto& r : Audit()) {
    actions.push_back(r.action);
    for (const std::string* field : {&r.actor, &r.action, &r.object, &r.remote, &r.outcome}) {
      EXPECT_EQ(field->find("Ahmad"), std::string::npos);
      EXPECT_EQ(field->find("محمد"), std::string::npos);
      EXPECT_EQ(field->find("1990"), std::string::npos);
    }
  }
  EXPECT_EQ(actions, (std::vector<std::string>{"user.create", "session.login", "case.create",
                                               "case.read", "case.search"}));
  EXPECT_EQ(Audit()[3].object, "case:" + id);
  EXPECT_EQ(Audit()[3].remote, "127.0.0.1");
  auto verified = audit::Verify(db_.store());
  ASSERT_TRUE(verified.ok());
  EXPECT_FALSE(verified->first_broken_seq);
}

TEST_F(CaseApiTest, SessionExpiresAfterThirtyIdleMinutes) {
  ASSERT_EQ(Get("/api/v1/cases")->status, 200);
  clock_.Advance(std::chrono::minutes(31));
  auto res = Get("/api/v1/cases");
  EXPECT_EQ(res->status, 401);
  EXPECT_NE(res->body.find("expired"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::testing
