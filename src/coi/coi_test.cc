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
      {"near(a b) ^c col:d", "((\"near\" AND ((\"a\" AND \"b\")) AND \"c\" AND \"col d\"))",
       "('near' & ('a' & 'b') & 'c' & ('col' <-> 'd'))"},
      // Proximity: FTS5's NEAR; in PostgreSQL every distance up to N+1 in both orders.
      {"NEAR(a b, 1)", "NEAR(\"a\" \"b\", 1)",
       "(('a' <1> 'b' | 'b' <1> 'a' | 'a' <2> 'b' | 'b' <2> 'a'))"},
      {"\"a b\"~0", "NEAR(\"a\" \"b\", 0)", "(('a' <1> 'b' | 'b' <1> 'a'))"},
      {"NEAR(a \"b c\" d,0) e", "((NEAR(\"a\" \"b c\" \"d\", 0) AND \"e\"))",
       "((('a' <1> ('b' <-> 'c') | ('b' <-> 'c') <1> 'a') & (('b' <-> 'c') <1> 'd' | 'd' <1> "
       "('b' <-> 'c'))) & 'e')"},
      {"NEAR(lonely)", "\"lonely\"", "'lonely'"},
      {"NEAR(a b", "NEAR(\"a\" \"b\", 10)", nullptr},
  };
  for (const auto& c : cases) {
    auto ast = ParseQuery(c.query);
    ASSERT_TRUE(ast.ok()) << c.query << ": " << ast.status().message();
    EXPECT_EQ(RenderFts5(**ast), c.fts5) << c.query;
    if (c.tsquery) {
      EXPECT_EQ(RenderTsquery(**ast), c.tsquery) << c.query;
    }
  }
}

TEST(Query, RejectsQueriesWithNothingToFind) {
  for (const char* q : {"", "   ", "OR", "NOT", "-Taliban", "Taliban OR -ISIS", "\"\"", "()", "***",
                        "((((((((((((((((((((a))))))))))))))))))))", "NEAR()", "NEAR(a b, 31)",
                        "\"a b\"~99 c"}) {
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

TEST_F(CoiLibraryTest, StemsEnglishWordsAlikeOnBothBackends) {
  // FTS5's Porter tokenizer and PostgreSQL's verbatim_coi configuration (migration 0009, the
  // Snowball English stemmer on Latin-letter words): an inflected word finds its other forms.
  EXPECT_GT(Total("journalist"), 0);
  EXPECT_EQ(Total("journalists"), Total("journalist"));
  EXPECT_EQ(Total("arrested"), Total("arrest"));
  EXPECT_EQ(Total("killings"), Total("killing"));
  // No stop words: every word of a phrase counts, as in FTS5.
  EXPECT_GT(Total("\"the Taliban\""), 0);
  EXPECT_LT(Total("\"the Taliban\""), Total("Taliban"));
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

  auto factbook = Find(Req("Taliban", [](SearchRequest& r) { r.sources = {"World Factbook"}; }));
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

// A thematic note without a country, and text that must not become markup in a snippet.
constexpr const char* kGeneralDocument =
    "Title: Example thematic note (written for the tests)\n"
    "Publisher: Example Research Unit\n"
    "Language: en\n"
    "Document type: Thematic report\n"
    "Published: 2021-06-30\n"
    "------\n"
    "# Tactics\n\n"
    "Armed groups such as the Taliban <script>alert(1)</script> & others \"recruited\" youths.\n";

class CoiFiltersTest : public CoiLibraryTest {
 protected:
  void SetUp() override {
    CoiLibraryTest::SetUp();
    auto r = ImportText(db_.store(), kGeneralDocument, "general.md", {});
    ASSERT_TRUE(r.ok()) << r.status().message();
  }
  std::set<std::string> Countries(SearchRequest r) {
    r.limit = 100;
    std::set<std::string> out;
    for (const auto& hit : Find(r).results) out.insert(hit.country);
    return out;
  }
};

TEST_F(CoiFiltersTest, ProximityFindsWordsCloseTogetherInEitherOrder) {
  const auto near = Total("NEAR(Taliban women, 5)");
  EXPECT_GT(near, 0);
  EXPECT_LT(near, Total("Taliban women"));
  EXPECT_EQ(Total("\"Taliban women\"~5"), near);
  EXPECT_EQ(Total("NEAR(women Taliban, 5)"), near);  // either order
  EXPECT_LE(Total("NEAR(Taliban women, 1)"), near);
  EXPECT_GE(Total("NEAR(Taliban women, 20)"), near);
  EXPECT_EQ(Total("NEAR(журналистов Москве, 3)"), 1);  // Cyrillic words 2 apart
  EXPECT_EQ(Total("NEAR(طالبان كابول, 2)"), 1);  // Arabic: 2 words between them
  EXPECT_EQ(Total("NEAR(طالبان كابول, 1)"), 0);
}

// Country any / only / none (search.h defines them).
TEST_F(CoiFiltersTest, CountryAnyOnlyAndNone) {
  auto any = Countries(Req("Taliban", [](SearchRequest& r) { r.countries = {"af"}; }));
  EXPECT_EQ(any, (std::set<std::string>{"AF", ""}));  // with the document about no country
  auto only = Countries(Req("Taliban", [](SearchRequest& r) { r.only_countries = {"AF"}; }));
  EXPECT_EQ(only, (std::set<std::string>{"AF"}));
  auto none = Countries(Req("Taliban", [](SearchRequest& r) { r.not_countries = {"AF"}; }));
  EXPECT_EQ(none.count("AF"), 0u);
  EXPECT_EQ(none.count(""), 1u);
  auto general = Countries(Req("Taliban", [](SearchRequest& r) { r.only_countries = {"none"}; }));
  EXPECT_EQ(general, (std::set<std::string>{""}));
  auto with_country =
      Countries(Req("Taliban", [](SearchRequest& r) { r.not_countries = {"none"}; }));
  EXPECT_EQ(with_country.count(""), 0u);
  EXPECT_TRUE(Find(Req("Taliban", [](SearchRequest& r) {
                r.countries = {"RU"};
                r.only_countries = {"AF"};
              })).results.empty());
  EXPECT_FALSE(
      Search(db_.store(), Req("x", [](SearchRequest& r) { r.not_countries = {"AFG"}; })).ok());
}

TEST_F(CoiFiltersTest, SourceTypeLanguageAndExclusions) {
  const auto all = Total("Taliban");
  auto no_factbook =
      Find(Req("Taliban", [](SearchRequest& r) { r.exclude_sources = {"world factbook"}; }));
  auto factbook = Find(Req("Taliban", [](SearchRequest& r) { r.sources = {"World Factbook"}; }));
  EXPECT_EQ(no_factbook.total + factbook.total, all);
  auto two = Find(Req("Taliban", [](SearchRequest& r) {
    r.sources = {"World Factbook", "example research"};
  }));
  EXPECT_EQ(two.total, factbook.total + 1);
  auto thematic = Find(Req("Taliban", [](SearchRequest& r) { r.types = {"thematic REPORT"}; }));
  ASSERT_EQ(thematic.total, 1);
  EXPECT_EQ(thematic.results[0].source, "Example Research Unit");
  auto russian = Find(Req("журналистов", [](SearchRequest& r) { r.languages = {"RU"}; }));
  EXPECT_EQ(russian.total, 1);
  EXPECT_EQ(Find(Req("журналистов", [](SearchRequest& r) { r.languages = {"en"}; })).total, 0);
}

TEST_F(CoiFiltersTest, SortsByDateAndCountsFacetsOverTheWholeMatch) {
  auto by_date = Find(Req("government", [](SearchRequest& r) {
    r.sort = SearchRequest::Sort::kDate;
    r.limit = 100;
  }));
  ASSERT_GT(by_date.results.size(), 10u);
  for (std::size_t i = 1; i < by_date.results.size(); ++i) {
    EXPECT_GE(by_date.results[i - 1].date, by_date.results[i].date);
  }
  auto faceted = Find(Req("Taliban", [](SearchRequest& r) {
    r.facets = true;
    r.limit = 1;
  }));
  ASSERT_EQ(faceted.results.size(), 1u);
  std::int64_t sum = 0;
  for (const auto& f : faceted.country_facet) sum += f.count;
  EXPECT_EQ(sum, faceted.total);
  EXPECT_EQ(faceted.total, Total("Taliban"));
  ASSERT_FALSE(faceted.country_facet.empty());
  EXPECT_EQ(faceted.country_facet[0].value, "AF");  // most first
  std::int64_t factbook = 0, y2021 = 0;
  for (const auto& f : faceted.source_facet) {
    if (f.value.find("Factbook") != std::string::npos) factbook = f.count;
  }
  for (const auto& f : faceted.year_facet) {
    if (f.value == "2021") y2021 = f.count;
  }
  EXPECT_EQ(factbook,
            Find(Req("Taliban", [](SearchRequest& r) { r.sources = {"Factbook"}; })).total);
  EXPECT_EQ(y2021, 1);
  EXPECT_TRUE(Find(Req("Taliban")).country_facet.empty());  // only when asked for
}

TEST_F(CoiFiltersTest, SnippetsAreEscapedHtmlWithMarkedMatches) {
  auto r = Find(Req("recruited youths", [](SearchRequest& r) { r.only_countries = {"none"}; }));
  ASSERT_EQ(r.total, 1);
  const std::string& s = r.results[0].snippet;
  // PostgreSQL's parser reads "<script>" as a tag and ts_headline may leave it out; where the
  // text shows, it is escaped. Either way no markup of the document's own reaches the snippet.
  EXPECT_EQ(s.find("<script"), std::string::npos) << s;
  if (db_.dialect() == store::Dialect::kSqlite) EXPECT_NE(s.find("&lt;script&gt;"), std::string::npos) << s;
  EXPECT_NE(s.find("&amp; others &quot;<mark>recruited</mark>&quot; <mark>youths</mark>"),
            std::string::npos)
      << s;
  auto cyrillic = Find(Req("журналистов"));
  ASSERT_EQ(cyrillic.total, 1);
  EXPECT_NE(cyrillic.results[0].snippet.find("<mark>журналистов</mark>"), std::string::npos)
      << cyrillic.results[0].snippet;
  auto arabic = Find(Req("طالبان"));
  ASSERT_EQ(arabic.total, 1);
  EXPECT_NE(arabic.results[0].snippet.find("<mark>طالبان</mark>"), std::string::npos)
      << arabic.results[0].snippet;
}

TEST_F(CoiFiltersTest, PagingPastTheEndIsEmptyNotAnError) {
  auto r = Find(Req("Taliban", [](SearchRequest& r) { r.offset = 100000; }));
  EXPECT_TRUE(r.results.empty());
  EXPECT_GT(r.total, 0);
}

}  // namespace
}  // namespace verbatim::coi
