// `verbatim screen` as an operator uses it (issue 5): the result as JSON and as a summary, the
// shipped forms, and errors that name the file and line.
#include <gtest/gtest.h>

#include <fstream>

#include "cli_runner.h"
#include "base/clock.h"
#include "base/json.h"
#include "referral/example_guides.h"
#include "store/test_store.h"

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

}  // namespace
}  // namespace verbatim::testing
