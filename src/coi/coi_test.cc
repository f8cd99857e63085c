#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "coi/document.h"
#include "coi/importer.h"
#include "coi/passages.h"
#include "coi/query.h"
#include "coi/search.h"
#include "store/test_store.h"

namespace verbatim::coi {
namespace {

const std::filesystem::path kCoi = std::filesystem::path(VERBATIM_SOURCE_DIR) / "data" / "coi";

// A document in Cyrillic and Arabic script, written for these tests.
constexpr const char* kScriptsDocument =
    "Title: Test note on Moscow and Kabul\n"
    "Publisher: Verbatim test suite\n"
    "Country: RU\n"
    "Language: ru\n"
    "Published: 2020-05-01\n"
    "------\n"
    "# Test note\n\n"
    "## Москва\n\n"
    "Полиция задержала журналистов в Москве в марте после протестов.\n\n"
    "## كابول\n\n"
    "سيطرت حركة طالبان على مدينة كابول في شهر أغسطس.\n";

TEST(Document, ReadsTheHeaderBlock) {
  auto doc = ParseDocument("Title: T\nCountry: af\nPublished: 2025\n---------\nBody text.\n");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->metadata.title, "T");
  EXPECT_EQ(doc->metadata.country, "AF");
  EXPECT_EQ(doc->body, "Body text.\n");
  EXPECT_EQ(PublishedDate("2025"), "2025-01-01");
  EXPECT_EQ(PublishedDate("2026-01-22"), "2026-01-22");
  EXPECT_EQ(PublishedDate("soon"), "");
  auto plain = ParseDocument("No header here.\nJust text.");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->metadata.title, "");
  EXPECT_FALSE(ParseDocument("Country: Afghanistan\n---\nx").ok());
  EXPECT_FALSE(ParseDocument("bad \xff utf8").ok());
}

TEST(Passages, KeepMarkdownHeadingsAndFactbookLabels) {
  auto passages = SplitPassages(
      "# Afghanistan\n\n## Geography\n\nLocation\n\nSouthern Asia, north and west of Pakistan.\n\n"
      "Area\n\ntotal: 652,230 sq km\n\nland: 652,230 sq km\n\n## People and Society\n\n"
      "Population\n\n40 million people.\n");
  ASSERT_EQ(passages.size(), 3u);
  EXPECT_EQ(passages[0].heading, "Geography \xE2\x80\xBA Location");
  EXPECT_EQ(passages[1].heading, "Geography \xE2\x80\xBA Area");
  EXPECT_EQ(passages[1].text, "total: 652,230 sq km\nland: 652,230 sq km");
  EXPECT_EQ(passages[2].heading, "People and Society \xE2\x80\xBA Population");
}

TEST(Passages, FindHeadingsInHardWrappedPdfText) {
  std::string text =
      "Section 1. Respect for the Integrity of the Person\n"
      "a. Arbitrary Deprivation of Life and Other Unlawful or\n"
      "Politically Motivated Killings\n"
      "There were no credible reports that the government or its agents\n"
      "committed arbitrary or unlawful killings during the year.\n";
  for (int i = 0; i < 20; ++i) text += "Another line of the same report\n";
  text += "ends here.\n";
  auto passages = SplitPassages(text);
  ASSERT_FALSE(passages.empty());
  EXPECT_EQ(passages[0].heading,
            "Section 1. Respect for the Integrity of the Person \xE2\x80\xBA a. Arbitrary "
            "Deprivation of Life and Other Unlawful or Politically Motivated Killings");
  EXPECT_EQ(passages[0].text.rfind("There were no credible reports", 0), 0u);
}

TEST(Query, RendersEachDialectWithEveryWordQuoted) {
  struct Case {
    const char* query;
    const char* fts5;
    const char* tsquery;
  };
  const Case cases[] = {
      {"Taliban", "\"Taliban\"", "'Taliban'"},
      {"Taliban Kabul", "((\"Taliban\" AND \"Kabul\"))", "('Taliban' & 'Kabul')"},
      {"Taliban OR ISIS", "(\"Taliban\" OR \"ISIS\")", "('Taliban' | 'ISIS')"},
      {"Taliban -ISIS", "((\"Taliban\") NOT \"ISIS\")", "('Taliban' & !'ISIS')"},
      {"Taliban NOT ISIS", "((\"Taliban\") NOT \"ISIS\")", "('Taliban' & !'ISIS')"},
      {"\"morality law\"", "\"morality law\"", "('morality' <-> 'law')"},
      {"Talib*", "\"Talib\" *", "'Talib':*"},
      {"ISIS-K", "\"ISIS K\"", "('ISIS' <-> 'K')"},
      {"(a OR b) c", "(((\"a\" OR \"b\") AND \"c\"))", "(('a' | 'b') & 'c')"},
      {"\"unclosed phrase", "\"unclosed phrase\"", "('unclosed' <-> 'phrase')"},
      {"OR Taliban OR", "\"Taliban\"", "'Taliban'"},
      {"it's", "\"it s\"", "('it' <-> 's')"},
      {"NEAR(a b) ^c col:d", "((\"NEAR\" AND ((\"a\" AND \"b\")) AND \"c\" AND \"col d\"))",
       "('NEAR' & ('a' & 'b') & 'c' & ('col' <-> 'd'))"},
  };
  for (const auto& c : cases) {
    auto ast = ParseQuery(c.query);
    ASSERT_TRUE(ast.ok()) << c.query << ": " << ast.status().message();
    EXPECT_EQ(RenderFts5(**ast), c.fts5) << c.query;
    EXPECT_EQ(RenderTsquery(**ast), c.tsquery) << c.query;
  }
}

TEST(Query, RejectsQueriesWithNothingToFind) {
  for (const char* q : {"", "   ", "OR", "NOT", "-Taliban", "Taliban OR -ISIS", "\"\"", "()", "***",
                        "((((((((((((((((((((a))))))))))))))))))))"}) {
    auto ast = ParseQuery(q);
    ASSERT_FALSE(ast.ok()) << q;
    EXPECT_EQ(ast.status().code(), ErrorCode::kInvalidArgument) << q;
  }
}

SearchRequest Req(std::string query, void (*set)(SearchRequest&) = nullptr) {
  SearchRequest r;
  r.query = std::move(query);
  if (set) set(r);
  return r;
}

class CoiLibraryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* file :
         {"us-dos/us-dos-2024-afghanistan.txt", "factbook/cia-factbook-afghanistan.txt",
          "us-dos/us-dos-2024-russia.txt", "us-dos/us-dos-2023-eritrea.txt"}) {
      auto r = ImportFile(db_.store(), kCoi / file, {});
      ASSERT_TRUE(r.ok()) << r.status().message();
      ASSERT_FALSE(r->already_present);
      ASSERT_GT(r->passages, 5) << file;
    }
    auto r = ImportText(db_.store(), kScriptsDocument, "scripts.md", {});
    ASSERT_TRUE(r.ok()) << r.status().message();
  }

  SearchResponse Find(SearchRequest request) {
    auto r = Search(db_.store(), request);
    EXPECT_TRUE(r.ok()) << request.query << ": " << r.status().message();
    return r.ok() ? *r : SearchResponse{};
  }
  std::int64_t Total(const std::string& query) { return Find(Req(query)).total; }

  store::TestStore db_;
};

TEST_F(CoiLibraryTest, ReimportingTheSameContentChangesNothing) {
  const auto before = Total("Taliban");
  auto again = ImportFile(db_.store(), kCoi / "us-dos/us-dos-2024-afghanistan.txt", {});
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_TRUE(again->already_present);
  EXPECT_EQ(Total("Taliban"), before);
}

TEST_F(CoiLibraryTest, FindsTheTalibanInTheAfghanistanReport) {
  auto r = Find(Req("Taliban", [](SearchRequest& r) { r.limit = 5; }));
  ASSERT_EQ(r.results.size(), 5u);
  EXPECT_GT(r.total, 20);
  for (const auto& hit : r.results) {
    EXPECT_EQ(hit.country, "AF");
    EXPECT_NE(hit.snippet.find("Taliban"), std::string::npos) << hit.snippet;
    EXPECT_FALSE(hit.passage_id.empty());
  }
  EXPECT_GE(r.results[0].score, r.results[4].score);
  auto page2 = Find(Req("Taliban", [](SearchRequest& r) {
    r.limit = 5;
    r.offset = 5;
  }));
  EXPECT_NE(page2.results[0].passage_id, r.results[0].passage_id);
}

TEST_F(CoiLibraryTest, PhraseOrNotAndPrefixCombineAsOfficersExpect) {
  const auto taliban = Total("Taliban");
  const auto isis = Total("ISIS");
  EXPECT_GT(Total("\"morality law\""), 0);
  EXPECT_LT(Total("\"law morality\""), Total("morality law"));
  EXPECT_GE(Total("Taliban OR ISIS"), std::max(taliban, isis));
  EXPECT_EQ(Total("Taliban -ISIS"), taliban - Total("Taliban ISIS"));
  EXPECT_EQ(Total("Taliban NOT ISIS"), Total("Taliban -ISIS"));
  EXPECT_GE(Total("Talib*"), taliban);
  EXPECT_EQ(Total("Kabu"), 0);
  EXPECT_GT(Total("Kabu*"), 0);
}

TEST_F(CoiLibraryTest, FiltersByCountrySourceAndDate) {
  auto ru = Find(
      Req("government", [](SearchRequest& r) { r.countries = std::vector<std::string>{"ru"}; }));
  ASSERT_GT(ru.total, 0);
  for (const auto& hit : ru.results) EXPECT_EQ(hit.country, "RU");
  auto both = Find(Req("government", [](SearchRequest& r) {
    r.countries = std::vector<std::string>{"RU", "ER"};
  }));
  EXPECT_GT(both.total, ru.total);

  auto factbook = Find(Req("Taliban", [](SearchRequest& r) { r.source = "World Factbook"; }));
  ASSERT_GT(factbook.total, 0);
  for (const auto& hit : factbook.results) EXPECT_EQ(hit.date, "2026-01-22");

  auto recent = Find(Req("government", [](SearchRequest& r) { r.from_date = "2026"; }));
  ASSERT_GT(recent.total, 0);
  for (const auto& hit : recent.results) EXPECT_GE(hit.date, "2026-01-01");
  auto of2024 = Find(Req("government", [](SearchRequest& r) {
    r.from_date = "2024";
    r.to_date = "2024-12-31";
  }));
  ASSERT_GT(of2024.total, 0);
  for (const auto& hit : of2024.results) EXPECT_EQ(hit.country, "ER");

  EXPECT_FALSE(
      Search(db_.store(),
             Req("x", [](SearchRequest& r) { r.countries = std::vector<std::string>{"Russia"}; }))
          .ok());
  EXPECT_FALSE(
      Search(db_.store(), Req("x", [](SearchRequest& r) { r.from_date = "last year"; })).ok());
}

TEST_F(CoiLibraryTest, FindsArabicAndCyrillicWords) {
  auto arabic = Find(Req("طالبان"));
  ASSERT_EQ(arabic.total, 1);
  EXPECT_EQ(arabic.results[0].heading, "كابول");
  auto cyrillic = Find(Req("журналистов Москве"));
  ASSERT_EQ(cyrillic.total, 1);
  EXPECT_EQ(cyrillic.results[0].heading, "Москва");
  EXPECT_EQ(Total("\"задержала журналистов\""), 1);
  EXPECT_EQ(Total("журнал*"), 1);
}

TEST_F(CoiLibraryTest, BrokenSyntaxNeverReachesTheDatabaseAsSql) {
  for (const char* q : {"\"morality law", "Taliban OR", "((Taliban", "Taliban)))", "Taliban*)",
                        "'; DROP TABLE coi_passages; --", "Taliban\\", "a:b", "NEAR(Taliban",
                        "\"Taliban\" \"", "Taliban OR OR ISIS", "!Taliban & |", "Talib**"}) {
    auto r = Search(db_.store(), Req(q));
    EXPECT_TRUE(r.ok() || r.status().code() == ErrorCode::kInvalidArgument)
        << q << ": " << r.status().message();
  }
  EXPECT_EQ(Total("Taliban OR"), Total("Taliban"));
  EXPECT_GT(Total("\"morality law"), 0);
  EXPECT_GT(Total("Taliban"), 0);  // the library is still there
}

}  // namespace
}  // namespace verbatim::coi
