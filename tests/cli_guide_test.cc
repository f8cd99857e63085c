// `verbatim guide …` and `verbatim agency assign` as an operator uses them, on the backend under
// test (UN-7). The guide files are data/guides' examples and broken copies of them.
#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "base/json.h"
#include "store/test_store.h"

namespace verbatim::testing {
namespace {


std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class CliGuideTest : public ::testing::Test {
 protected:
  std::string Db() const { return " --db '" + db_.url() + "'"; }
  std::string Example(const char* country) const {
    return std::string(VERBATIM_SOURCE_DIR) + "/data/guides/" + country + ".example.json";
  }
  store::TestStore db_;
  std::string dir_ = ::testing::TempDir();
};

TEST_F(CliGuideTest, ImportsListsAndPrintsAGuide) {
  auto imported = RunVerbatim("guide import " + Example("kz") + Db());
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  EXPECT_EQ(imported.output, "guide KZ: 8 agencies, last updated 2026-11-01 (EXAMPLE)\n");
  auto list = RunVerbatim("guide list" + Db());
  EXPECT_NE(list.output.find("KZ  last updated 2026-11-01"), std::string::npos) << list.output;

  const std::string out = dir_ + "/kz-guide.pdf";
  std::filesystem::remove(out);
  auto printed = RunVerbatim("guide print --country KZ --out " + out + Db());
  ASSERT_EQ(printed.exit_code, 0) << printed.output;
  const std::string bytes = ReadFile(out);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  ASSERT_NE(doc, nullptr);
  std::unique_ptr<poppler::page> page(doc->create_page(0));
  const auto utf8 = page->text().to_utf8();
  const std::string text(utf8.begin(), utf8.end());
  EXPECT_NE(text.find("EXAMPLE"), std::string::npos);
  EXPECT_NE(text.find("Refugee Status Determination Commission (example)"), std::string::npos);

  auto exported = RunVerbatim("guide export --country KZ" + Db());
  ASSERT_EQ(exported.exit_code, 0);
  EXPECT_EQ(Json::parse(exported.output), Json::parse(ReadFile(Example("kz"))));
}

TEST_F(CliGuideTest, ABrokenFileIsNamedWithItsLinesAndNothingIsStored) {
  Json doc = Json::parse(ReadFile(Example("kg")));
  doc["agencies"][2]["telephone"] = "";
  const std::string bad = dir_ + "/kg-broken.json";
  std::ofstream(bad) << doc.dump(2);
  auto refused = RunVerbatim("guide import " + bad + Db());
  EXPECT_EQ(refused.exit_code, 1);
  // The third agency starts on line 27 of the file dump(2) writes.
  EXPECT_NE(refused.output.find(bad + ": The guide has a problem: agencies[2] (line 27).telephone: "
                                      "is required for anti_trafficking (Annex 2)."),
            std::string::npos)
      << refused.output;

  const std::string syntax = dir_ + "/kg-syntax.json";
  std::ofstream(syntax) << "{\n  \"country\": \"KG\",\n  \"example\": tru\n}\n";
  auto garbled = RunVerbatim("guide import " + syntax + Db());
  EXPECT_EQ(garbled.exit_code, 1);
  // nlohmann reports the fault where it stopped reading: after the line break of line 3.
  EXPECT_NE(garbled.output.find(syntax + ": not valid JSON: parse error at line 4"), std::string::npos)
      << garbled.output;

  EXPECT_EQ(RunVerbatim("guide list" + Db()).output, "");
  auto missing = RunVerbatim("guide print --country KG --out " + dir_ + "/none.pdf" + Db());
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.output.find("There is no reference guide for 'KG'."), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/none.pdf"));
}

TEST_F(CliGuideTest, AssignsAgencyUsersOnly) {
  ASSERT_EQ(RunVerbatim("guide import " + Example("kz") + Db()).exit_code, 0);
  ASSERT_EQ(RunVerbatim("user add inbox --role referral_agency --password-stdin" + Db(),
                     "a long password 1\n").exit_code, 0);
  auto assigned = RunVerbatim("agency assign inbox kz-example-unhcr" + Db());
  EXPECT_EQ(assigned.exit_code, 0) << assigned.output;
  EXPECT_EQ(assigned.output, "inbox acts for kz-example-unhcr\n");
  auto unknown = RunVerbatim("agency assign inbox kz-nothing" + Db());
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.output.find("There is no agency 'kz-nothing'"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::testing
