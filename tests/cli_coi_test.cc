// `verbatim coi import` and `verbatim coi search` as an operator runs them, on both stores
// (issue 6; AS-1).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "cli_runner.h"
#include "base/json.h"
#include "store/test_store.h"

namespace verbatim::testing {
namespace {

namespace fs = std::filesystem;


class CoiCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("cli-coi-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "more");
    const fs::path coi = fs::path(VERBATIM_SOURCE_DIR) / "data" / "coi";
    fs::copy_file(coi / "us-dos" / "us-dos-2024-afghanistan.txt", dir_ / "afghanistan.txt");
    std::ofstream(dir_ / "more" / "herat.html")
        << "<html><head><title>Example page on Herat (test)</title></head><body>"
           "<h1>Herat</h1><p>Example text: floods hit the Injil district.</p></body></html>";
    std::ofstream(dir_ / "more" / "broken.pdf") << "not a pdf";
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Db() const { return " --db '" + db_.url() + "'"; }

  fs::path dir_;
  store::TestStore db_;
};

TEST_F(CoiCliTest, ImportsAFolderReportsFailuresAndSearches) {
  auto import = RunVerbatim("coi import '" + dir_.string() + "' --country af --source 'Example office'" + Db());
  EXPECT_EQ(import.exit_code, 1) << import.output;  // one file failed
  EXPECT_NE(import.output.find("broken.pdf: not a readable PDF"), std::string::npos) << import.output;
  EXPECT_NE(import.output.find("[1/3] "), std::string::npos) << import.output;  // not a TTY: lines
  EXPECT_NE(import.output.find("Imported 2 documents"), std::string::npos) << import.output;
  EXPECT_NE(import.output.find("1 failed."), std::string::npos) << import.output;

  auto again = RunVerbatim("coi import '" + (dir_ / "afghanistan.txt").string() + "'" + Db());
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("Imported 0 documents (0 passages); 1 already present; 0 failed."),
            std::string::npos)
      << again.output;

  auto json = RunVerbatim("coi search 'floods Injil' --json --country AF" + Db());
  ASSERT_EQ(json.exit_code, 0) << json.output;
  Json answer = Json::parse(json.output);
  ASSERT_EQ(answer["total"], 1);
  const Json& hit = answer["results"][0];
  EXPECT_EQ(hit["title"], "Example page on Herat (test)");
  EXPECT_EQ(hit["source"], "Example office");
  EXPECT_EQ(hit["country"], "AF");
  EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>floods</mark>"), std::string::npos);
  EXPECT_FALSE(answer.contains("facets"));

  auto text = RunVerbatim("coi search Taliban --limit 2 --from 2024 --to 2026 --facets" + Db());
  ASSERT_EQ(text.exit_code, 0) << text.output;
  EXPECT_NE(text.output.find("1. "), std::string::npos);
  EXPECT_NE(text.output.find("[Taliban]"), std::string::npos) << text.output;  // marks, not HTML
  EXPECT_NE(text.output.find("2 of "), std::string::npos) << text.output;
  EXPECT_NE(text.output.find("countries: AF ("), std::string::npos) << text.output;

  auto bad = RunVerbatim("coi search ' -Taliban'" + Db());  // a leading space: not read as a flag
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.output.find("add a word to search for"), std::string::npos) << bad.output;
  auto bad_sort = RunVerbatim("coi search Taliban --sort size" + Db());
  EXPECT_EQ(bad_sort.exit_code, 1);
  EXPECT_NE(bad_sort.output.find("'relevance' or 'date'"), std::string::npos) << bad_sort.output;
}

}  // namespace
}  // namespace verbatim::testing
