// The screening at the border over real HTTP (issue 5): forms for the wizard, the check the wizard
// calls after each answer, the result (UN-4, UN-5, UN-6, UN-10), stored screenings, the fear
// confirmation and non-refoulement blocking a return (409), on both backends.
#include "api_fixture.h"
#include "referral/example_guides.h"
#include "store/audit_table.h"

namespace verbatim::testing {
namespace {

class ApiScreeningTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    AddUser("border", auth::Role::kBorderOfficer);
    AddUser("officer", auth::Role::kOfficer);
    AddUser("lawyer", auth::Role::kLawyer);
  }

  static Json NewScreening(const Json& answers) {
    return {{"form", "unhcr-annex1"},
            {"country", "KZ"},
            {"location", "Example crossing point"},
            {"person",
             {{"name", "Example Person"},
              {"sex", "female"},
              {"approximate_age", 30},
              {"nationality", "AF"},
              {"language", "ru"}}},
            {"answers", answers}};
  }

  // Records a screening as the border officer and returns its JSON.
  Json Create(const Json& answers) {
    auto res = Post("/api/v1/screenings", NewScreening(answers));
    EXPECT_TRUE(res);
    EXPECT_EQ(res->status, 201) << res->body;
    return Json::parse(res->body);
  }

  int DecisionRows() {
    auto txn = db_.store().Begin(store::Access::kRead).value();
    return static_cast<int>(txn->Query("SELECT COUNT(*) FROM screening_decisions")->at(0).Int(0));
  }
};

TEST_F(ApiScreeningTest, ListsFormsWithLanguagesAndTheirReviewState) {
  LogIn("officer");
  auto res = Get("/api/v1/screening/forms");
  ASSERT_EQ(res->status, 200) << res->body;
  const Json forms = Json::parse(res->body)["forms"];
  ASSERT_EQ(forms.size(), 1u);
  EXPECT_EQ(forms[0]["id"], "unhcr-annex1");
  const Json languages = forms[0]["languages"];
  ASSERT_EQ(languages.size(), 2u);
  EXPECT_EQ(languages[0],
            Json({{"code", "en"}, {"name", "English"}, {"reviewed", true}, {"rtl", false}}));
  EXPECT_EQ(languages[1]["code"], "ru");
  EXPECT_EQ(languages[1]["reviewed"], false);  // a native speaker has not reviewed it yet
}

TEST_F(ApiScreeningTest, FormForTheWizardNestsGroupsAndCarriesMarkers) {
  LogIn("border");
  auto res = Get("/api/v1/screening/forms/unhcr-annex1");
  ASSERT_EQ(res->status, 200) << res->body;
  const Json form = Json::parse(res->body);
  const Json& first = form["questions"][0];
  EXPECT_EQ(first["name"], "specific_needs");  // UN-5: observed before any question
  EXPECT_FALSE(first["label"]["ru"].get<std::string>().empty());
  // The route repeat sits inside the journey group with its own questions as children.
  const Json& journey = form["questions"][1];
  EXPECT_EQ(journey["type"], "group");
  bool found_route = false;
  for (const auto& q : journey["children"]) {
    if (q["name"] != "route") continue;
    found_route = true;
    EXPECT_EQ(q["type"], "repeat");
    EXPECT_EQ(q["children"][0]["name"], "country");
    EXPECT_EQ(q["children"][0]["required"], true);
  }
  EXPECT_TRUE(found_route);
  bool found_marker = false;
  std::function<void(const Json&)> walk = [&](const Json& questions) {
    for (const auto& q : questions) {
      if (q["name"] == "how_left") {
        for (const auto& c : q["choices"]) {
          if (c["name"] == "involuntary") found_marker = c["marker"] == "*+";
        }
      }
      if (q.contains("children")) walk(q["children"]);
    }
  };
  walk(form["questions"]);
  EXPECT_TRUE(found_marker);
  EXPECT_EQ(Get("/api/v1/screening/forms/nope")->status, 404);
}

TEST_F(ApiScreeningTest, CheckGivesSkipLogicAndIssuesAndNamesUnknownChoices) {
  LogIn("border");
  auto res =
      Post("/api/v1/screening/forms/unhcr-annex1/check",
           {{"answers",
             {{"reasons", Json::array({"other"})}, {"route", Json::array({Json::object()})}}}});
  ASSERT_EQ(res->status, 200) << res->body;
  const Json check = Json::parse(res->body);
  const auto& relevant = check["relevant"];
  EXPECT_NE(std::find(relevant.begin(), relevant.end(), "reasons_other"), relevant.end());
  EXPECT_EQ(check["complete"], false);
  bool country_missing = false;
  for (const auto& issue : check["issues"]) country_missing |= issue["path"] == "route[1]/country";
  EXPECT_TRUE(country_missing) << check.dump();

  auto bad = Post("/api/v1/screening/forms/unhcr-annex1/check",
                  {{"answers", {{"reasons", Json::array({"persecutoin"})}}}});
  ASSERT_EQ(bad->status, 400);
  EXPECT_EQ(bad->get_header_value("Content-Type"), "application/problem+json");
  EXPECT_NE(bad->body.find("persecutoin"), std::string::npos);
}

TEST_F(ApiScreeningTest, EvaluateNamesAgenciesFromTheCountrysGuide) {
  ASSERT_TRUE(referral::LoadExampleGuides(db_.store(), clock_).ok());
  LogIn("border");
  auto res = Post("/api/v1/screening/evaluate",
                  {{"form", "unhcr-annex1"},
                   {"country", "KZ"},
                   {"answers", {{"reasons", Json::array({"persecution", "deception"})}}}});
  ASSERT_EQ(res->status, 200) << res->body;
  const Json r = Json::parse(res->body);
  EXPECT_TRUE(r["potential_asylum_seeker"]);
  EXPECT_TRUE(r["potential_trafficking_victim"]);  // UN-10: both
  EXPECT_EQ(r["referrals"][0]["category"], "anti_trafficking");
  EXPECT_EQ(r["referrals"][1]["category"], "asylum_authority");
  ASSERT_TRUE(r["referrals"][1]["agency"].is_object()) << r.dump();
  EXPECT_NE(r["referrals"][1]["agency"]["name"].get<std::string>().find("example"),
            std::string::npos);

  // Without a country (or a country without a guide) the agencies stay empty.
  auto bare =
      Post("/api/v1/screening/evaluate",
           {{"form", "unhcr-annex1"}, {"answers", {{"reasons", Json::array({"persecution"})}}}});
  ASSERT_EQ(bare->status, 200) << bare->body;
  EXPECT_TRUE(Json::parse(bare->body)["referrals"][0]["agency"].is_null());
  auto unknown =
      Post("/api/v1/screening/evaluate", {{"form", "nope"}, {"answers", Json::object()}});
  EXPECT_EQ(unknown->status, 400);
}

// UN-4: fear in the person's own words makes an asylum seeker; from that moment no return.
TEST_F(ApiScreeningTest, FearInTheStatementBlocksAReturnWithA409AndWritesNothing) {
  LogIn("border");
  const Json created = Create({{"reasons", Json::array({"visiting_family"})},
                               {"statement", "Я не могу вернуться, меня убьют."}});
  const std::string id = created["id"];
  EXPECT_EQ(created["person"]["approximate_age"], 30);
  EXPECT_TRUE(created["result"]["non_refoulement"]);
  EXPECT_TRUE(created["fear_confirmed"].is_null());
  EXPECT_EQ(created["result"]["fear_expressions"].size(), 2u);
  EXPECT_EQ(created["created_by"], "border");

  auto refused =
      Post("/api/v1/screenings/" + id + "/decisions", {{"kind", "return"}, {"note", "x"}});
  ASSERT_EQ(refused->status, 409) << refused->body;
  EXPECT_EQ(refused->get_header_value("Content-Type"), "application/problem+json");
  EXPECT_NE(refused->body.find("non-refoulement"), std::string::npos);
  EXPECT_NE(refused->body.find("UN-4"), std::string::npos);
  EXPECT_EQ(Post("/api/v1/screenings/" + id + "/decisions", {{"kind", "refusal_of_entry"}})->status,
            409);
  EXPECT_EQ(DecisionRows(), 0);

  // Dismissing the matched phrase is recorded, but non-refoulement stays.
  auto dismissed = Post("/api/v1/screenings/" + id + "/fear", {{"confirmed", false}});
  ASSERT_EQ(dismissed->status, 200) << dismissed->body;
  EXPECT_EQ(Json::parse(dismissed->body)["fear_confirmed"], false);
  EXPECT_EQ(Json::parse(dismissed->body)["fear_decided_by"], "border");
  EXPECT_EQ(Post("/api/v1/screenings/" + id + "/decisions", {{"kind", "return"}})->status, 409);

  auto referred =
      Post("/api/v1/screenings/" + id + "/decisions",
           {{"kind", "asylum_procedure"}, {"note", "Referred to the asylum authority."}});
  ASSERT_EQ(referred->status, 201) << referred->body;
  auto read = Get("/api/v1/screenings/" + id);
  ASSERT_EQ(read->status, 200);
  const Json back = Json::parse(read->body);
  ASSERT_EQ(back["decisions"].size(), 1u);
  EXPECT_EQ(back["decisions"][0]["kind"], "asylum_procedure");
  EXPECT_EQ(back["answers"]["statement"], "Я не могу вернуться, меня убьют.");
}

TEST_F(ApiScreeningTest, ReturnIsRecordedForAPersonWithoutAnyIndicator) {
  LogIn("border");
  const Json created = Create({{"reasons", Json::array({"employment_living_conditions"})},
                               {"statement", "I came to work on a building site."}});
  EXPECT_FALSE(created["result"]["non_refoulement"]);
  auto decided = Post("/api/v1/screenings/" + created["id"].get<std::string>() + "/decisions",
                      {{"kind", "refusal_of_entry"}, {"note", "No visa."}});
  EXPECT_EQ(decided->status, 201) << decided->body;
  EXPECT_EQ(DecisionRows(), 1);
  // Nothing to confirm: no phrase was matched.
  EXPECT_EQ(Post("/api/v1/screenings/" + created["id"].get<std::string>() + "/fear",
                 {{"confirmed", true}})
                ->status,
            409);
  auto bad_kind = Post("/api/v1/screenings/" + created["id"].get<std::string>() + "/decisions",
                       {{"kind", "deport"}});
  EXPECT_EQ(bad_kind->status, 400);
  EXPECT_NE(bad_kind->body.find("deport"), std::string::npos);
}

TEST_F(ApiScreeningTest, BadInputIsA400NamingTheFieldAndNothingIsStored) {
  LogIn("border");
  auto bad_choice =
      Post("/api/v1/screenings", NewScreening({{"reasons", Json::array({"fleeing"})}}));
  ASSERT_EQ(bad_choice->status, 400);
  EXPECT_NE(bad_choice->body.find("fleeing"), std::string::npos);
  Json bad_age = NewScreening(Json::object());
  bad_age["person"]["approximate_age"] = "thirty";
  auto age = Post("/api/v1/screenings", bad_age);
  ASSERT_EQ(age->status, 400);
  EXPECT_NE(age->body.find("person.approximate_age"), std::string::npos);
  Json no_person = NewScreening(Json::object());
  no_person.erase("person");
  EXPECT_EQ(Post("/api/v1/screenings", no_person)->status, 400);
  auto list = Get("/api/v1/screenings");
  ASSERT_EQ(list->status, 200);
  EXPECT_TRUE(Json::parse(list->body)["screenings"].empty());
  EXPECT_EQ(Get("/api/v1/screenings/0123456789abcdef")->status, 404);
}

TEST_F(ApiScreeningTest, OfficerMayReadButNotRecordAndOtherRolesAreRefused) {
  LogIn("border");
  const Json created = Create({{"specific_needs", Json::array({"medical_emergency"})}});
  EXPECT_EQ(created["result"]["priority"], "emergency");  // UN-5
  LogIn("officer");
  auto list = Get("/api/v1/screenings?q=example%20person");
  ASSERT_EQ(list->status, 200) << list->body;
  const Json screenings = Json::parse(list->body)["screenings"];
  ASSERT_EQ(screenings.size(), 1u);
  EXPECT_EQ(screenings[0]["result"]["priority"], "emergency");
  EXPECT_EQ(screenings[0]["person"]["name"], "Example Person");
  EXPECT_TRUE(Json::parse(Get("/api/v1/screenings?q=nobody")->body)["screenings"].empty());
  EXPECT_EQ(Get("/api/v1/screenings/" + created["id"].get<std::string>())->status, 200);
  EXPECT_EQ(Post("/api/v1/screenings", NewScreening(Json::object()))->status, 403);
  EXPECT_EQ(Post("/api/v1/screenings/" + created["id"].get<std::string>() + "/decisions",
                 {{"kind", "admission"}})
                ->status,
            403);
  LogIn("lawyer");
  EXPECT_EQ(Get("/api/v1/screenings")->status, 403);
  EXPECT_EQ(Get("/api/v1/screening/forms")->status, 403);
}

TEST_F(ApiScreeningTest, ReadsAndWritesAreAuditedWithoutPersonalData) {
  LogIn("border");
  const Json created = Create({{"statement", "they will kill me"}});
  const std::string id = created["id"];
  ASSERT_EQ(Get("/api/v1/screenings/" + id)->status, 200);
  ASSERT_EQ(Post("/api/v1/screenings/" + id + "/decisions", {{"kind", "return"}})->status, 409);
  auto txn = db_.store().Begin(store::Access::kRead).value();
  auto rows = txn->Query(
                     "SELECT action, object, outcome FROM audit_log WHERE actor = 'border' "
                     "ORDER BY seq")
                  .value();
  std::vector<std::string> events;
  for (const auto& r : rows) {
    events.push_back(r.Text(0) + " " + r.Text(1) + " " + r.Text(2));
    EXPECT_EQ(r.Text(1).find("kill"), std::string::npos);
    EXPECT_EQ(r.Text(1).find("Example"), std::string::npos);
  }
  const auto has = [&](const std::string& e) {
    return std::find(events.begin(), events.end(), e) != events.end();
  };
  EXPECT_TRUE(has("screening.create screening:" + id + " ok"));
  EXPECT_TRUE(has("screening.read screening:" + id + " ok"));
  EXPECT_TRUE(has("screening.decide.return screening:" + id + " refused"));
}

}  // namespace
}  // namespace verbatim::testing
