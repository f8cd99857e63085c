// Statements beside the sources (AS-5), on the real reports in data/coi, on both stores.
#include "coi/compare.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>

#include "calendar/converter.h"
#include "coi/compare_json.h"
#include "coi/importer.h"
#include "store/test_store.h"

namespace verbatim::coi {
namespace {

using namespace std::chrono;

const std::filesystem::path kCoi = std::filesystem::path(VERBATIM_SOURCE_DIR) / "data" / "coi";

class Compare : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* file : {"us-dos/us-dos-2024-afghanistan.txt", "us-dos/us-dos-2024-somalia.txt",
                             "factbook/cia-factbook-pakistan.txt"}) {
      auto r = ImportFile(db_.store(), kCoi / file, {});
      ASSERT_TRUE(r.ok()) << file << ": " << r.status().message();
    }
  }
  CompareOptions Options() { return {sys_days{year{2026} / November / 22}, 5}; }
  store::TestStore db_;
};

TEST_F(Compare, SetsAStatementBesideTheReportOnItsPlaceActorAndYear) {
  auto result = CompareText(db_.store(),
                            "I am a tailor. In 2024 the Taliban detained my brother in Kabul "
                            "because of a Facebook post.",
                            Options());
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result->size(), 1u);
  const StatementComparison& c = result->front();
  EXPECT_EQ(c.caption, "sources on Kabul, Taliban, 2024");
  ASSERT_FALSE(c.passages.empty());
  EXPECT_LE(c.passages.size(), 5u);
  for (const auto& p : c.passages) {
    // Only Afghanistan's documents (or ones without a country) stand beside a statement on Kabul.
    EXPECT_EQ(p.passage.country, "AF");
    EXPECT_NE(p.passage.passage_id.find(p.passage.document_id + "-p"), std::string::npos);
  }
  // The passages whose text names 2024 come first.
  EXPECT_EQ(c.passages.front().time_match, TimeMatch::kYearInText);
}

TEST_F(Compare, ReadsAPersianDateAndAnActorWithoutAPlace) {
  // Hamal 1403 is 20 March to 19 April 2024: the 2024 report (published 2025) covers it.
  auto result = CompareText(db_.store(), "در حمل ۱۴۰۳ طالبان پدرم را بردند", Options());
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result->size(), 1u);
  const auto& c = result->front();
  ASSERT_EQ(c.statement.periods.size(), 1u);
  EXPECT_EQ(calendar::IsoDay(c.statement.periods[0].range.first), "2024-03-20");
  EXPECT_EQ(c.caption, "sources on Taliban, 2024");
  ASSERT_FALSE(c.passages.empty());
  for (const auto& p : c.passages)
    EXPECT_TRUE(p.passage.country == "AF" || p.passage.country == "PK");
}

TEST_F(Compare, SetsAnArabicScriptStatementBesideTheEnglishReports) {
  // Interpreter text in Dari: the city (original-script gazetteer) and the actor are searched
  // under their English names too, so the English reports answer it.
  auto result = CompareText(db_.store(), "در سال ۲۰۲۴ طالبان برادرم را در کابل گرفتند", Options());
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result->size(), 1u);
  const StatementComparison& c = result->front();
  ASSERT_EQ(c.statement.places.size(), 1u);
  EXPECT_EQ(c.statement.places[0].name, "Kabul");
  EXPECT_EQ(c.statement.places[0].country, "AF");
  EXPECT_EQ(c.caption, "sources on کابل, Taliban, 2024");
  ASSERT_FALSE(c.passages.empty());
  for (const auto& p : c.passages) EXPECT_EQ(p.passage.country, "AF");
  EXPECT_EQ(c.passages.front().time_match, TimeMatch::kYearInText);
}

TEST_F(Compare, WithoutAPeriodEveryPassageOnThePlaceCounts) {
  auto result =
      CompareText(db_.store(), "Al-Shabaab fighters stopped our bus near Mogadishu.", Options());
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result->size(), 1u);
  const auto& c = result->front();
  EXPECT_EQ(c.caption, "sources on Mogadishu, al-Shabaab");
  ASSERT_FALSE(c.passages.empty());
  EXPECT_EQ(c.passages.front().passage.country, "SO");
  EXPECT_EQ(c.passages.front().time_match, TimeMatch::kNone);
}

TEST_F(Compare, AStatementWithOnlyADateHasNothingToLookUp) {
  auto result = CompareText(db_.store(), "It was spring 2019.", Options());
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->size(), 1u);
  EXPECT_EQ(result->front().caption, "");
  EXPECT_TRUE(result->front().passages.empty());
  auto none = CompareText(db_.store(), "I do not remember.", Options());
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(Compare, TheAnswerShowsSourcesAndNeverAVerdict) {
  auto result =
      CompareText(db_.store(), "In 2024 the Taliban detained my brother in Kabul.", Options());
  ASSERT_TRUE(result.ok());
  const Json j = ComparisonsToJson(*result);
  const Json& s = j["statements"][0];
  EXPECT_EQ(s["places"][0]["name"], "Kabul");
  EXPECT_EQ(s["places"][0]["country"], "AF");
  EXPECT_EQ(s["actors"][0]["name"], "Taliban");
  EXPECT_EQ(s["periods"][0]["from"], "2024-01-01");
  EXPECT_EQ(s["periods"][0]["to"], "2024-12-31");
  EXPECT_TRUE(s["passages"][0].contains("snippet"));
  // Verbatim shows sources; the officer judges (AS-5): no credibility score, no verdict. The
  // reports' own words may say anything, so the check reads Verbatim's words: the keys and the
  // caption.
  std::string ours = s["caption"].get<std::string>();
  std::function<void(const Json&)> keys = [&](const Json& node) {
    if (node.is_object()) {
      for (const auto& [key, value] : node.items()) {
        ours += " " + key;
        keys(value);
      }
    } else if (node.is_array()) {
      for (const auto& item : node) keys(item);
    }
  };
  keys(j);
  for (const char* word :
       {"credib", "contradict", "consistent", "plausib", "verdict", "score_of"}) {
    EXPECT_EQ(ours.find(word), std::string::npos) << word;
  }
}

TEST(CompareQuery, QuotesEverySpellingAndStaysWithinTheQueryLimit) {
  Statement s;
  s.places.push_back({"Herāt", "AF", PlaceKind::kCity, "Herat"});
  const ActorList& actors = ActorList::Shipped();
  for (const Actor& a : actors.actors()) s.actors.push_back({&a, a.name});
  const std::string q = StatementQuery(s);
  EXPECT_EQ(q.rfind("\"herat\" OR \"taliban\"", 0), 0u) << q;
  EXPECT_LE(std::count(q.begin(), q.end(), ' '), 64 + 48);
}

}  // namespace
}  // namespace verbatim::coi
