// The National Reference Guide document and its checks (UN-7, Annex 2).
#include <gtest/gtest.h>

#include "referral/example_guides.h"
#include "referral/guide.h"

namespace verbatim::referral {
namespace {

Json Agency(std::string id, std::string category) {
  return {{"id", id},           {"category", category},        {"name", "Agency " + id},
          {"services", "help"}, {"unit", "Unit 1"},            {"telephone", "+7 000"},
          {"address", "Street 1"}, {"working_hours", "9-18"},  {"hotline", ""},
          {"contact_person", "A. Person"}};
}

Json MinimalGuide() {
  return {{"country", "KZ"},
          {"example", true},
          {"maintained_by", "Example ministry"},
          {"last_updated", "2026-11-01"},
          {"agencies",
           {Agency("a-1", "asylum_authority"), Agency("c-1", "child_protection"),
            Agency("t-1", "anti_trafficking")}}};
}

std::string ErrorOf(const Json& doc) {
  auto g = GuideFromJson(doc, LastUpdated::kFromDocument);
  return g.ok() ? "" : g.status().message();
}

TEST(GuideJson, ReadsAMinimalGuideAndWritesItBack) {
  auto g = GuideFromJson(MinimalGuide(), LastUpdated::kFromDocument);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->country, "KZ");
  EXPECT_TRUE(g->example);
  ASSERT_EQ(g->agencies.size(), 3u);
  EXPECT_EQ(g->First("child_protection")->id, "c-1");
  EXPECT_EQ(g->First("unhcr"), nullptr);
  EXPECT_EQ(GuideToJson(*g), MinimalGuide());
}

TEST(GuideJson, TheExampleGuidesAreValidAndMarkedAsExamples) {
  for (std::string_view text : ExampleGuideDocuments()) {
    auto doc = ParseJson(text);
    ASSERT_TRUE(doc.ok());
    auto g = GuideFromJson(*doc, LastUpdated::kFromDocument);
    ASSERT_TRUE(g.ok()) << g.status().message();
    EXPECT_TRUE(g->example) << g->country;
    ASSERT_NE(g->First("unhcr"), nullptr);
    EXPECT_FALSE(g->First("unhcr")->contact_person.empty());  // UN-7: UNHCR with a contact person
    int organisations = 0;
    for (const auto& a : g->agencies) organisations += a.category == "assistance_organisations";
    EXPECT_GE(organisations, 2) << "UN-7: several assistance organisations";
  }
}

TEST(GuideJson, EveryProblemIsNamedByItsField) {
  Json doc = MinimalGuide();
  doc["country"] = "Kazakhstan";
  doc["agencies"][1]["telephone"] = "";
  doc["agencies"][2]["category"] = "police";
  const std::string error = ErrorOf(doc);
  EXPECT_NE(error.find("4 problems"), std::string::npos) << error;
  EXPECT_NE(error.find("country: 'Kazakhstan' is not an ISO 3166-1 alpha-2 code"), std::string::npos);
  EXPECT_NE(error.find("agencies[1].telephone: is required for child_protection"), std::string::npos);
  EXPECT_NE(error.find("agencies[2].category: 'police' is not a category"), std::string::npos);
  EXPECT_NE(error.find("no agency for anti_trafficking"), std::string::npos);
}

TEST(GuideJson, RequiresTheAnnex2AuthoritiesAndUnhcrContactPerson) {
  Json doc = MinimalGuide();
  doc["agencies"].erase(2);
  Json unhcr = Agency("u-1", "unhcr");
  unhcr["contact_person"] = "";
  doc["agencies"].push_back(unhcr);
  const std::string error = ErrorOf(doc);
  EXPECT_NE(error.find("no agency for anti_trafficking"), std::string::npos) << error;
  EXPECT_NE(error.find("agencies[2].contact_person: is required for unhcr"), std::string::npos) << error;
}

TEST(GuideJson, RejectsUnknownKeysDuplicateIdsAndMissingExampleFlag) {
  Json doc = MinimalGuide();
  doc.erase("example");
  doc["agencies"][0]["phone"] = "123";
  doc["agencies"][1]["id"] = "a-1";
  const std::string error = ErrorOf(doc);
  EXPECT_NE(error.find("example: must be true or false"), std::string::npos) << error;
  EXPECT_NE(error.find("agencies[0].phone: is not a field"), std::string::npos) << error;
  EXPECT_NE(error.find("agencies[1].id: 'a-1' is used by an earlier agency"), std::string::npos) << error;
}

TEST(GuideJson, DateIsRequiredOnImportButNotWhenSaving) {
  Json doc = MinimalGuide();
  doc.erase("last_updated");
  EXPECT_NE(ErrorOf(doc).find("last_updated"), std::string::npos);
  EXPECT_TRUE(GuideFromJson(doc, LastUpdated::kSetBySaving).ok());
  doc["last_updated"] = "2026-02-30";
  EXPECT_NE(ErrorOf(doc).find("'2026-02-30' is not a date"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::referral
