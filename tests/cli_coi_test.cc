// `verbatim coi import` and `verbatim coi search` as an operator runs them, on both stores
// (issue 6; AS-1).
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "base/json.h"
#include "store/test_store.h"

namespace verbatim::testing {
namespace {

namespace fs = std::filesystem;

struct Run {
  int exit_code;
  std::string out;  // stdout and stderr together
};

Run Verbatim(const std::string& args) {
  const std::string command = std::string(VERBATIM_BINARY) + " " + args + " 2>&1 < /dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  std::array<char, 4096> buf;
  while (std::size_t n = fread(buf.data(), 1, buf.size(), pipe)) output.append(buf.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

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
  auto import = Verbatim("coi import '" + dir_.string() + "' --country af --source 'Example office'" + Db());
  EXPECT_EQ(import.exit_code, 1) << import.out;  // one file failed
  EXPECT_NE(import.out.find("broken.pdf: not a readable PDF"), std::string::npos) << import.out;
  EXPECT_NE(import.out.find("[1/3] "), std::string::npos) << import.out;  // not a TTY: lines
  EXPECT_NE(import.out.find("Imported 2 documents"), std::string::npos) << import.out;
  EXPECT_NE(import.out.find("1 failed."), std::string::npos) << import.out;

  auto again = Verbatim("coi import '" + (dir_ / "afghanistan.txt").string() + "'" + Db());
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_NE(again.out.find("Imported 0 documents (0 passages); 1 already present; 0 failed."),
            std::string::npos)
      << again.out;

  auto json = Verbatim("coi search 'floods Injil' --json --country AF" + Db());
  ASSERT_EQ(json.exit_code, 0) << json.out;
  Json answer = Json::parse(json.out);
  ASSERT_EQ(answer["total"], 1);
  const Json& hit = answer["results"][0];
  EXPECT_EQ(hit["title"], "Example page on Herat (test)");
  EXPECT_EQ(hit["source"], "Example office");
  EXPECT_EQ(hit["country"], "AF");
  EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>floods</mark>"), std::string::npos);
  EXPECT_FALSE(answer.contains("facets"));

  auto text = Verbatim("coi search Taliban --limit 2 --from 2024 --to 2026 --facets" + Db());
  ASSERT_EQ(text.exit_code, 0) << text.out;
  EXPECT_NE(text.out.find("1. "), std::string::npos);
  EXPECT_NE(text.out.find("[Taliban]"), std::string::npos) << text.out;  // marks, not HTML
  EXPECT_NE(text.out.find("2 of "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("countries: AF ("), std::string::npos) << text.out;

  auto bad = Verbatim("coi search ' -Taliban'" + Db());  // a leading space: not read as a flag
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.out.find("add a word to search for"), std::string::npos) << bad.out;
  auto bad_sort = Verbatim("coi search Taliban --sort size" + Db());
  EXPECT_EQ(bad_sort.exit_code, 1);
  EXPECT_NE(bad_sort.out.find("'relevance' or 'date'"), std::string::npos) << bad_sort.out;
}

}  // namespace
}  // namespace verbatim::testing
