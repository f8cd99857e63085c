// Questionnaires a team loads itself (issue 5) over real HTTP, on both backends: an admin uploads
// an .xlsx or JSON form, it is listed beside the shipped form, screenings use it by id; a broken
// form is a 400 naming sheet, row and column; a shipped id is 409; only admins may upload.
#include "api_fixture.h"
#include "store/audit_table.h"
#include "team_form.h"

namespace verbatim::testing {
namespace {

constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

class ApiScreeningFormsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    AddUser("admin", auth::Role::kAdmin);
    AddUser("border", auth::Role::kBorderOfficer);
  }

  httplib::Result Put(const std::string& path, const std::string& body, const char* type) {
    return client_->Put(path.c_str(), Auth(), body, type);
  }

  int AuditRows(const std::string& action) {
    auto txn = db_.store().Begin(store::Access::kRead).value();
    return static_cast<int>(
        txn->Query("SELECT COUNT(*) FROM audit_log WHERE action = $1", {action})->at(0).Int(0));
  }
};

TEST_F(ApiScreeningFormsTest, AdminUploadsAWorkbookAndItIsListedAfterTheShippedForm) {
  LogIn("admin");
  auto res = Put("/api/v1/screening/forms/team-intake", TeamFormXlsx(), kXlsx);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  const Json created = Json::parse(res->body);
  EXPECT_EQ(created["id"], "team-intake");
  EXPECT_EQ(created["shipped"], false);
  EXPECT_EQ(created["questions"], 3);
  EXPECT_EQ(created["marked_choices"], 1);
  EXPECT_EQ(created["uploaded_by"], "admin");
  EXPECT_EQ(created["format"], "xlsx");

  // Replacing a stored form is allowed: 200.
  res = Put("/api/v1/screening/forms/team-intake", TeamFormXlsx(), kXlsx);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(AuditRows("screening.form_import"), 2);

  res = Get("/api/v1/screening/forms");
  ASSERT_EQ(res->status, 200) << res->body;
  const Json forms = Json::parse(res->body)["forms"];
  ASSERT_EQ(forms.size(), 2u) << forms.dump();
  EXPECT_EQ(forms[0]["id"], "unhcr-annex1");
  EXPECT_EQ(forms[0]["shipped"], true);
  EXPECT_EQ(forms[1]["id"], "team-intake");
  EXPECT_EQ(forms[1]["shipped"], false);
  EXPECT_EQ(forms[1]["languages"][1],
            Json({{"code", "fr"}, {"name", "French"}, {"reviewed", false}, {"rtl", false}}));
  EXPECT_EQ(forms[1]["uploaded_at"], "2026-11-18T11:06:40.000Z");

  // The wizard reads it like the shipped form.
  res = Get("/api/v1/screening/forms/team-intake");
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(Json::parse(res->body)["questions"][0]["name"], "fled");
}

TEST_F(ApiScreeningFormsTest, POSTStoresUnderTheFormsOwnIdAndJsonFormsAreAccepted) {
  LogIn("admin");
  const Json form = {
      {"survey", Json::array({{{"type", "select_one yn"}, {"name", "fled"}, {"label", "Fled?"}}})},
      {"choices",
       Json::array({{{"list_name", "yn"}, {"name", "yes"}, {"label", "Yes"}, {"marker", "+"}},
                    {{"list_name", "yn"}, {"name", "no"}, {"label", "No"}}})},
      {"settings", {{"form_id", "json-intake"}, {"form_title", "JSON intake (example)"}}}};
  auto res = client_->Post("/api/v1/screening/forms", Auth(), form.dump(), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(Json::parse(res->body)["id"], "json-intake");
  EXPECT_EQ(Json::parse(res->body)["format"], "json");
}

// UN-10 with a team's form: its `*` answer makes a potential asylum seeker, through evaluate and
// through a stored screening (which keeps the form's id).
TEST_F(ApiScreeningFormsTest, ScreeningsEvaluateWithTheUploadedForm) {
  LogIn("admin");
  ASSERT_EQ(Put("/api/v1/screening/forms/team-intake", TeamFormXlsx(), kXlsx)->status, 201);
  LogIn("border");
  const Json answers = {{"fled", "yes"}, {"specific_needs", {"medical_emergency"}}};
  auto res = Post("/api/v1/screening/evaluate", {{"form", "team-intake"}, {"answers", answers}});
  ASSERT_EQ(res->status, 200) << res->body;
  Json r = Json::parse(res->body);
  EXPECT_TRUE(r["potential_asylum_seeker"]);
  EXPECT_EQ(r["priority"], "emergency");  // UN-5

  res = Post("/api/v1/screening/forms/team-intake/check", {{"answers", {{"fled", "no"}}}});
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(Json::parse(res->body)["relevant"], Json({"fled", "specific_needs"}));

  res = Post("/api/v1/screenings", {{"form", "team-intake"},
                                    {"country", "KZ"},
                                    {"location", "Example crossing point"},
                                    {"person", {{"name", "Example Person"}, {"sex", "male"}}},
                                    {"answers", answers}});
  ASSERT_EQ(res->status, 201) << res->body;
  r = Json::parse(res->body);
  EXPECT_EQ(r["form"], "team-intake");
  EXPECT_TRUE(r["result"]["non_refoulement"]);

  res = Get("/api/v1/screenings/" + r["id"].get<std::string>());
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(Json::parse(res->body)["form"], "team-intake");

  res = Post("/api/v1/screening/evaluate", {{"form", "no-such-form"}, {"answers", Json::object()}});
  EXPECT_EQ(res->status, 400) << res->body;
  EXPECT_NE(res->body.find("no-such-form"), std::string::npos);
}

TEST_F(ApiScreeningFormsTest, OnlyAdminsUpload) {
  LogIn("border");
  auto res = Put("/api/v1/screening/forms/team-intake", TeamFormXlsx(), kXlsx);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403) << res->body;
  res = client_->Post("/api/v1/screening/forms", Auth(), "{}", "application/json");
  EXPECT_EQ(res->status, 403) << res->body;
  LogIn("admin");
  res = Get("/api/v1/screening/forms");
  EXPECT_EQ(Json::parse(res->body)["forms"].size(), 1u);  // nothing was stored
}

TEST_F(ApiScreeningFormsTest, ABrokenFormIs400NamingSheetRowAndColumn) {
  LogIn("admin");
  auto res = Put("/api/v1/screening/forms/team-intake", BrokenTeamFormXlsx(), kXlsx);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
  const std::string detail = Json::parse(res->body)["detail"];
  EXPECT_NE(detail.find("Form sheet \"survey\", row 3, column \"relevant\""), std::string::npos)
      << detail;

  res = Put("/api/v1/screening/forms/team-intake", "not a workbook", kXlsx);
  EXPECT_EQ(res->status, 400) << res->body;
  res = Put("/api/v1/screening/forms/team-intake", "type,name\ntext,a\n", "text/csv");
  EXPECT_EQ(res->status, 415) << res->body;
  EXPECT_NE(res->body.find("application/json"), std::string::npos) << res->body;
  res = Put("/api/v1/screening/forms/bad%20id", TeamFormXlsx(), kXlsx);
  EXPECT_EQ(res->status, 400) << res->body;

  res = Get("/api/v1/screening/forms");
  EXPECT_EQ(Json::parse(res->body)["forms"].size(), 1u);  // nothing partial was stored
  EXPECT_EQ(AuditRows("screening.form_import"), 0);
}

TEST_F(ApiScreeningFormsTest, AShippedIdIs409) {
  LogIn("admin");
  auto res = Put("/api/v1/screening/forms/unhcr-annex1", TeamFormXlsx(), kXlsx);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 409) << res->body;
  EXPECT_NE(res->body.find("unhcr-annex1"), std::string::npos);
  // The file's own form_id naming a shipped form is refused too.
  res = client_->Post("/api/v1/screening/forms", Auth(), TeamFormXlsx("", "unhcr-annex1"), kXlsx);
  EXPECT_EQ(res->status, 409) << res->body;
}

}  // namespace
}  // namespace verbatim::testing
