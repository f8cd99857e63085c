// `verbatim screen` as an operator uses it (issue 5): the result as JSON and as a summary, the
// shipped forms, and errors that name the file and line.
#include <gtest/gtest.h>

#include <fstream>

#include "cli_runner.h"
#include "base/clock.h"
#include "base/json.h"
#include "referral/example_guides.h"
#include "store/test_store.h"
#include "team_form.h"

namespace verbatim::testing {
namespace {



TEST(CliScreen, PrintsTheResultAsJson) {
  const std::string answers =
      WriteTempFile("answers.json", R"({"reasons": ["persecution", "job_offer_by_third_person"],
                          "specific_needs": ["child", "unaccompanied_or_separated_child"],
                          "statement": "I am afraid to go back."})");
  const CliRun run = RunVerbatim("screen --form unhcr-annex1 " + answers + " --json");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json r = Json::parse(run.output);
  EXPECT_TRUE(r["potential_asylum_seeker"]);
  EXPECT_TRUE(r["potential_trafficking_victim"]);  // UN-10: both
  EXPECT_TRUE(r["non_refoulement"]);
  EXPECT_EQ(r["priority"], "high");
  // UN-6: specific needs first, then anti-trafficking, asylum authority, UNHCR.
  std::vector<std::string> categories;
  for (const auto& ref : r["referrals"]) categories.push_back(ref["category"]);
  EXPECT_EQ(categories, (std::vector<std::string>{"child_protection", "anti_trafficking",
                                                  "asylum_authority", "unhcr"}));
  EXPECT_EQ(r["fear_expressions"][0]["phrase"], "afraid to go back");
}

TEST(CliScreen, PrintsASummaryForTheOfficer) {
  const std::string answers =
      WriteTempFile("emergency.json", R"({"specific_needs": ["medical_emergency"]})");
  const CliRun run = RunVerbatim("screen --form unhcr-annex1 " + answers);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("Priority: emergency"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("1. medical [emergency]"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("Potential asylum seeker: no"), std::string::npos) << run.output;
}

TEST(CliScreen, ListsTheShippedForms) {
  const CliRun run = RunVerbatim("screen --list-forms");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("unhcr-annex1"), std::string::npos);
  EXPECT_NE(run.output.find("ru (Russian, not reviewed)"), std::string::npos) << run.output;
}

TEST(CliScreen, ErrorsNameTheFileAndLine) {
  const std::string broken = WriteTempFile("broken.json", "{\n  \"reasons\": [\"persecution\"\n}\n");
  const CliRun syntax = RunVerbatim("screen --form unhcr-annex1 " + broken);
  EXPECT_EQ(syntax.exit_code, 1);
  EXPECT_NE(syntax.output.find(broken), std::string::npos) << syntax.output;
  EXPECT_NE(syntax.output.find("line 3"), std::string::npos) << syntax.output;

  const std::string unknown = WriteTempFile("unknown.json", R"({"reasons": ["fleeing"]})");
  const CliRun choice = RunVerbatim("screen --form unhcr-annex1 " + unknown);
  EXPECT_EQ(choice.exit_code, 1);
  EXPECT_NE(choice.output.find(unknown), std::string::npos) << choice.output;
  EXPECT_NE(choice.output.find("fleeing"), std::string::npos) << choice.output;

  const CliRun missing = RunVerbatim("screen --form unhcr-annex1 /nonexistent/answers.json");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.output.find("/nonexistent/answers.json"), std::string::npos);

  const CliRun form = RunVerbatim("screen --form nope " + unknown);
  EXPECT_EQ(form.exit_code, 1);
  EXPECT_NE(form.output.find("nope"), std::string::npos);
}

TEST(CliScreen, CountryNamesTheAgenciesFromTheGuide) {
  store::TestStore db;
  ManualClock clock{FromUnixMicros(1'795'000'000'000'000)};
  ASSERT_TRUE(referral::LoadExampleGuides(db.store(), clock).ok());
  const std::string answers = WriteTempFile("kz.json", R"({"reasons": ["persecution"]})");
  const CliRun run = RunVerbatim("screen --form unhcr-annex1 " + answers +
                              " --country KZ --json --db '" + db.url() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json r = Json::parse(run.output);
  ASSERT_TRUE(r["referrals"][0]["agency"].is_object()) << run.output;
  EXPECT_NE(r["referrals"][0]["agency"]["name"].get<std::string>().find("example"),
            std::string::npos);
}

// Issue 5: a team checks the questionnaire it wrote before anyone screens with it.
TEST(CliForm, CheckSummarisesATeamsWorkbook) {
  const std::string form = WriteTempFile("team-intake.xlsx", TeamFormXlsx());
  const CliRun run = RunVerbatim("form check " + form);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("Form: team-intake"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("Title: Team intake (example)"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("en (English, reviewed) fr (French, not reviewed)"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("Questions: 3"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("Marked choices (Annex 1 indicators): 1"), std::string::npos)
      << run.output;
}

TEST(CliForm, CheckNamesTheFileSheetRowAndColumnOfABrokenForm) {
  const std::string form = WriteTempFile("broken-intake.xlsx", BrokenTeamFormXlsx());
  const CliRun run = RunVerbatim("form check " + form);
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find(form + ": Form sheet \"survey\", row 3, column \"relevant\""),
            std::string::npos)
      << run.output;

  const CliRun missing = RunVerbatim("form check /nonexistent/form.xlsx");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.output.find("/nonexistent/form.xlsx: cannot open"), std::string::npos)
      << missing.output;
}

TEST(CliForm, CheckReadsASurveyCsvWithTheChoicesBesideIt) {
  const std::string survey = WriteTempFile(
      "csv-form-survey.csv", "type,name,label\nselect_one yn,fled,Did you flee?\n");
  WriteTempFile("csv-form-choices.csv", "list_name,name,label,marker\nyn,yes,Yes,*\nyn,no,No,\n");
  WriteTempFile("csv-form-settings.csv", "form_id,form_title\ncsv-form,A CSV form (example)\n");
  const CliRun run = RunVerbatim("form check " + survey);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("Form: csv-form"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("Questions: 1"), std::string::npos) << run.output;

  const std::string lone = WriteTempFile("lone.csv", "type,name,label\ntext,a,A\n");
  const CliRun no_choices = RunVerbatim("form check " + lone);
  EXPECT_EQ(no_choices.exit_code, 1);
  EXPECT_NE(no_choices.output.find("--choices"), std::string::npos) << no_choices.output;
}

// UN-10: the team's `*` choice makes a potential asylum seeker, as in the shipped form.
TEST(CliForm, ScreenReadsTheFormFromAFile) {
  const std::string form = WriteTempFile("screen-intake.xlsx", TeamFormXlsx());
  const std::string answers = WriteTempFile(
      "team-answers.json", R"({"fled": "yes", "specific_needs": ["child"]})");
  const CliRun run = RunVerbatim("screen --form " + form + " " + answers + " --json");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json r = Json::parse(run.output);
  EXPECT_TRUE(r["potential_asylum_seeker"]);
  EXPECT_TRUE(r["non_refoulement"]);
  EXPECT_EQ(r["indicators"][0], Json({{"question", "fled"}, {"choice", "yes"}, {"marker", "*"}}));
  EXPECT_EQ(r["specific_needs"], Json({"child"}));
}

TEST(CliForm, ImportStoresTheFormForScreeningsByItsId) {
  store::TestStore db;
  const std::string form = WriteTempFile("import-intake.xlsx", TeamFormXlsx());
  const std::string db_flag = " --db '" + db.url() + "'";
  const CliRun import = RunVerbatim("form import " + form + db_flag);
  ASSERT_EQ(import.exit_code, 0) << import.output;
  EXPECT_NE(import.output.find("Stored form team-intake from import-intake.xlsx"),
            std::string::npos)
      << import.output;

  const CliRun again = RunVerbatim("form import " + form + " --id team-intake-v2" + db_flag);
  ASSERT_EQ(again.exit_code, 0) << again.output;
  const CliRun replace = RunVerbatim("form import " + form + db_flag);
  ASSERT_EQ(replace.exit_code, 0) << replace.output;
  EXPECT_NE(replace.output.find("Replaced form team-intake"), std::string::npos) << replace.output;

  const CliRun list = RunVerbatim("form list" + db_flag);
  ASSERT_EQ(list.exit_code, 0) << list.output;
  const auto shipped = list.output.find("unhcr-annex1  shipped");
  const auto stored = list.output.find("team-intake  stored  Team intake (example)");
  ASSERT_NE(shipped, std::string::npos) << list.output;
  ASSERT_NE(stored, std::string::npos) << list.output;
  EXPECT_LT(shipped, stored);  // shipped forms first
  EXPECT_NE(list.output.find("team-intake-v2  stored"), std::string::npos) << list.output;
  EXPECT_NE(list.output.find("loaded by cli:"), std::string::npos) << list.output;

  const std::string answers = WriteTempFile("stored-answers.json", R"({"fled": "yes"})");
  const CliRun screen =
      RunVerbatim("screen --form team-intake " + answers + " --json" + db_flag);
  ASSERT_EQ(screen.exit_code, 0) << screen.output;
  EXPECT_TRUE(Json::parse(screen.output)["potential_asylum_seeker"]);

  // A shipped id stays the shipped form: nothing is stored, the error names the id.
  const CliRun shipped_id = RunVerbatim("form import " + form + " --id unhcr-annex1" + db_flag);
  EXPECT_EQ(shipped_id.exit_code, 1);
  EXPECT_NE(shipped_id.output.find("\"unhcr-annex1\" is a shipped form"), std::string::npos)
      << shipped_id.output;

  const std::string broken = WriteTempFile("import-broken.xlsx", BrokenTeamFormXlsx());
  const CliRun bad = RunVerbatim("form import " + broken + db_flag);
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.output.find("row 3, column \"relevant\""), std::string::npos) << bad.output;
}

}  // namespace
}  // namespace verbatim::testing
