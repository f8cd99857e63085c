#include "interview/entry_json.h"

#include <gtest/gtest.h>

namespace verbatim::interview {
namespace {

TEST(EntryJson, RoundTripsEveryFieldAndTextExactly) {
  Entry e;
  e.seq = 7;
  e.at = FromUnixMicros(1'795'000'000'123'456);
  e.kind = EntryKind::kAnswer;
  e.by = "applicant";
  e.text = "ذهبت إلى السوق في الصباح — «я ушёл» ሰላም";
  e.client_id = "c-7";
  e.author = "officer";
  e.prev_hash = "ab";
  e.hash = ChainHash(e, e.prev_hash);
  const Json j = EntryToJson(e);
  EXPECT_EQ(j["at"], "2026-11-18T11:06:40.123456Z");
  auto back = EntryFromJson(j, JsonFields::kRecord);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(EntryToJson(*back), j);
  EXPECT_EQ(back->text, e.text);
  EXPECT_EQ(ChainHash(*back, back->prev_hash), e.hash);
}

TEST(EntryJson, ErrorsNameTheField) {
  struct Case { const char* json; const char* mentions; } cases[] = {
      {R"({"text":"x"})", "'kind' is required"},
      {R"({"kind":"chat"})", "'kind' is 'chat'"},
      {R"({"kind":"end","outcome":"done"})", "'outcome' is 'done'; use one of: completed"},
      {R"({"kind":"checklist","item":"CH-3.11","status":"done"})", "'item'"},
      {R"({"kind":"presence","participant":"child","state":"joined","age_months":"two"})", "'age_months'"},
      {R"({"kind":"extension","consent":"yes"})", "'consent' must be true or false"},
      {R"({"kind":"correction","text":"x"})", "'ref' is required"},
      {R"({"kind":"question","by":"applicant","text":"x"})", "'by' is 'applicant'"},
      {R"({"kind":"remark","text":"x"})", "'by' is required"},
      {R"({"kind":"answer","text":5})", "'text' must be a string"},
  };
  for (const auto& c : cases) {
    auto e = EntryFromJson(Json::parse(c.json), JsonFields::kClientInput);
    ASSERT_FALSE(e.ok()) << c.json;
    EXPECT_NE(e.status().message().find(c.mentions), std::string::npos)
        << c.json << " -> " << e.status().message();
  }
}

TEST(EntryJson, AS_5_ACitedSourceCarriesItsPassageAndDocumentIntoTheHash) {
  auto e = EntryFromJson(Json::parse(R"({"kind":"coi_reference","passage_id":"coi-0123456789abcdef01234567-p00012",
                                          "ref":13,"text":"Read with entry 13.","document_title":"Afghanistan 2024",
                                          "document_source":"U.S. Department of State","document_date":"2025-01-01",
                                          "document_id":"coi-0123456789abcdef01234567"})"),
                         JsonFields::kClientInput);
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e->kind, EntryKind::kCoiReference);
  EXPECT_EQ(EntryKindName(e->kind), "coi_reference");
  Entry cited = *e;
  cited.seq = 14;
  cited.at = FromUnixMicros(1'795'000'000'000'000);
  const std::string hash = ChainHash(cited, "ab");
  // Every field is in the canonical form: changing the captured title breaks the chain.
  Entry altered = cited;
  altered.document_title = "Another report";
  EXPECT_NE(ChainHash(altered, "ab"), hash);
  const Json j = EntryToJson(cited);
  EXPECT_EQ(j["passage_id"], "coi-0123456789abcdef01234567-p00012");
  EXPECT_EQ(j["document_date"], "2025-01-01");

  for (const char* bad : {R"({"kind":"coi_reference"})", R"({"kind":"coi_reference","passage_id":"p00012"})"}) {
    auto refused = EntryFromJson(Json::parse(bad), JsonFields::kClientInput);
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_NE(refused.status().message().find("'passage_id'"), std::string::npos);
  }
}

TEST(EntryJson, RecordFormNeedsSeqAndAt) {
  auto e = EntryFromJson(Json::parse(R"({"kind":"start","seq":1,"at":"yesterday"})"),
                         JsonFields::kRecord);
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("yesterday"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::interview
