// GET /api/v1/coi/search and /api/v1/coi/documents/{id} over real HTTP, on both stores
// (issue 6; AS-1 searchable country information; CH-2.1 COI at hand when preparing).
#include <filesystem>

#include "api_fixture.h"
#include "coi/importer.h"

namespace verbatim::testing {
namespace {

const std::filesystem::path kCoi = std::filesystem::path(VERBATIM_SOURCE_DIR) / "data" / "coi";

std::string Encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

class CoiApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    for (const char* file : {"us-dos/us-dos-2024-afghanistan.txt",
                             "factbook/cia-factbook-afghanistan.txt", "us-dos/us-dos-2024-iran.txt"}) {
      auto r = coi::ImportFile(db_.store(), kCoi / file, {});
      ASSERT_TRUE(r.ok()) << r.status().message();
    }
    ASSERT_TRUE(coi::ImportText(db_.store(),
                                "Title: Example note (test)\nCountry: RU\nLanguage: ru\n---\n"
                                "# Москва\n\nПолиция задержала журналистов в Москве.\n\n"
                                "# كابول\n\nسيطرت حركة طالبان على مدينة كابول.\n",
                                "note.md", {})
                    .ok());
    // Send the query strings as written (a browser sends '+' for a space, unencoded).
    client_->set_url_encode(false);
    AddUser("olga", auth::Role::kOfficer);
    AddUser("lena", auth::Role::kLawyer);
    AddUser("adam", auth::Role::kAdmin);
  }

  Json Search(const std::string& query_string) {
    auto res = Get("/api/v1/coi/search?" + query_string);
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200) << query_string << ": " << res->body;
    return Json::parse(res->body);
  }
  std::string Problem(const std::string& query_string) {
    auto res = Get("/api/v1/coi/search?" + query_string);
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 400) << query_string << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
    return Json::parse(res->body).value("detail", "");
  }
};

TEST_F(CoiApiTest, SearchAnswersWithResultsFacetsAndMarkedSnippets) {
  LogIn("olga");
  Json r = Search("q=Taliban&country=AF&limit=5");
  ASSERT_EQ(r["results"].size(), 5u);
  EXPECT_GT(r["total"].get<int>(), 5);
  for (const auto& hit : r["results"]) {
    for (const char* key : {"document_id", "passage_id", "title", "source", "date", "country",
                            "heading", "snippet"}) {
      EXPECT_TRUE(hit[key].is_string()) << key;
    }
    EXPECT_TRUE(hit["score"].is_number());
    EXPECT_EQ(hit["country"], "AF");
    EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>"), std::string::npos);
  }
  int sum = 0;
  for (const auto& f : r["facets"]["country"]) sum += f["count"].get<int>();
  EXPECT_EQ(sum, r["total"].get<int>());
  EXPECT_EQ(r["facets"]["source"].size(), 2u);  // State Department and Factbook
  EXPECT_FALSE(r["facets"]["year"].empty());

  Json page2 = Search("q=Taliban&country=AF&limit=5&offset=5");
  EXPECT_NE(page2["results"][0]["passage_id"], r["results"][0]["passage_id"]);
  Json iran_only = Search("q=government&only_country=ir&sort=date");
  for (const auto& hit : iran_only["results"]) EXPECT_EQ(hit["country"], "IR");
  Json not_iran = Search("q=government&not_country=IR&exclude_source=factbook");
  for (const auto& hit : not_iran["results"]) {
    EXPECT_NE(hit["country"], "IR");
    EXPECT_EQ(hit["source"].get<std::string>().find("Factbook"), std::string::npos);
  }
  Json near = Search("q=" + Encode("NEAR(Taliban women, 5)"));
  EXPECT_GT(near["total"].get<int>(), 0);
  // '+' is a space, as browsers' URLSearchParams write it: both words, not the phrase.
  EXPECT_LT(near["total"].get<int>(), Search("q=Taliban+women")["total"].get<int>());
  EXPECT_EQ(Search("q=Taliban+women")["total"], Search("q=Taliban%20women")["total"]);
  EXPECT_EQ(Search("q=%22Taliban+women%22")["total"], Search("q=" + Encode("\"Taliban women\""))["total"]);
  EXPECT_EQ(Search("q=" + Encode("طالبان") + "&language=ru")["total"], 1);
  EXPECT_EQ(Search("q=" + Encode("журналистов"))["total"], 1);
  EXPECT_EQ(Search("q=Taliban&from=2030")["total"], 0);
}

TEST_F(CoiApiTest, BrokenQueriesGetAProblemWithASentenceNeverAnSqlError) {
  LogIn("olga");
  EXPECT_NE(Problem("q=").find("'q' is missing"), std::string::npos);
  EXPECT_NE(Problem("q=-war").find("add a word"), std::string::npos);
  EXPECT_NE(Problem("q=" + Encode("NEAR(a b, 99)")).find("at most 30"), std::string::npos);
  EXPECT_NE(Problem("q=a&limit=0").find("'limit'"), std::string::npos);
  EXPECT_NE(Problem("q=a&sort=size").find("sort"), std::string::npos);
  EXPECT_NE(Problem("q=a&country=Afghanistan").find("ISO 3166"), std::string::npos);
  EXPECT_NE(Problem("q=a&from=yesterday").find("YYYY"), std::string::npos);
  // Sensible results for what an officer may mistype.
  EXPECT_GT(Search("q=" + Encode("\"morality law"))["total"].get<int>(), 0);
  EXPECT_GT(Search("q=" + Encode("Taliban OR"))["total"].get<int>(), 0);
  Search("q=" + Encode("'; DROP TABLE coi_passages; --"));
  EXPECT_GT(Search("q=Taliban")["total"].get<int>(), 0);
}

TEST_F(CoiApiTest, TheReaderGetsTheDocumentWithItsPassages) {
  LogIn("adam");
  Json hit = Search("q=" + Encode("\"morality law\"") + "&limit=1")["results"][0];
  auto res = Get("/api/v1/coi/documents/" + hit["document_id"].get<std::string>());
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  Json doc = Json::parse(res->body);
  EXPECT_EQ(doc["title"], hit["title"]);
  EXPECT_EQ(doc["country"], "AF");
  bool found = false;
  int ordinal = 0;
  for (const auto& p : doc["passages"]) {
    EXPECT_EQ(p["ordinal"].get<int>(), ++ordinal);
    if (p["id"] == hit["passage_id"]) {
      found = true;
      EXPECT_NE(p["text"].get<std::string>().find("orality"), std::string::npos);
    }
  }
  EXPECT_TRUE(found);
  auto missing = Get("/api/v1/coi/documents/coi-nothing");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(missing->get_header_value("Content-Type"), "application/problem+json");
}

// Deny by default: the library is for interview staff and administrators (DESIGN.md roles).
TEST_F(CoiApiTest, LawyersAndAnonymousCallersAreRefused) {
  auto anonymous = Get("/api/v1/coi/search?q=Taliban");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
  LogIn("lena");
  auto lawyer = Get("/api/v1/coi/search?q=Taliban");
  ASSERT_TRUE(lawyer);
  EXPECT_EQ(lawyer->status, 403);
  auto reader = Get("/api/v1/coi/documents/coi-x");
  ASSERT_TRUE(reader);
  EXPECT_EQ(reader->status, 403);
}

}  // namespace
}  // namespace verbatim::testing
