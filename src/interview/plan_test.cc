#include <gtest/gtest.h>

#include "interview/completeness.h"
#include "interview/entry_json.h"
#include "interview/plan.h"

namespace verbatim::interview {
namespace {

TEST(InterviewPlan, RoundTripsAndFillsMissingIds) {
  auto plan = PlanFromJson(Json::parse(R"({
    "flags": ["traumatised", "gender_related"],
    "theme_notes": {"persecution": "Who were the men at the checkpoint?"},
    "crucial_questions": [{"text": "Route through Iran", "theme": "identity"},
                          {"id": "arrest", "text": "Date of the second arrest"}],
    "notes": "Female officer and interpreter requested."})"));
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(plan->crucial_questions[0].id, "q1");
  EXPECT_EQ(plan->crucial_questions[1].id, "arrest");
  auto again = PlanFromJson(PlanToJson(*plan));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(PlanToJson(*again), PlanToJson(*plan));
}

TEST(InterviewPlan, ErrorsNameTheField) {
  struct Case { const char* json; const char* mentions; } cases[] = {
      {R"({"flags": ["minor"]})", "'flags' may hold only"},
      {R"({"theme_notes": {"travel": "x"}})", "unknown theme 'travel'"},
      {R"({"crucial_questions": [{"id": "A B", "text": "x"}]})", "crucial_questions[0].id"},
      {R"({"crucial_questions": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]})", "used twice"},
      {R"({"crucial_questions": [{"text": " "}]})", "crucial_questions[0].text' is empty"},
      {R"({"crucial_questions": [{"text": "x", "theme": "money"}]})", "'crucial_questions[0].theme'"},
  };
  for (const auto& c : cases) {
    auto plan = PlanFromJson(Json::parse(c.json));
    ASSERT_FALSE(plan.ok()) << c.json;
    EXPECT_NE(plan.status().message().find(c.mentions), std::string::npos) << plan.status().message();
  }
}

Entry Tagged(EntryKind kind, std::string theme, std::string crucial = "") {
  Entry e;
  e.kind = kind;
  e.text = "x";
  e.theme = std::move(theme);
  e.crucial = std::move(crucial);
  return e;
}

TEST(Completeness, AnswersInheritTheTagsOfTheirQuestion) {
  InterviewPlan plan;
  plan.crucial_questions = {{"route", "Route through Iran", "identity"},
                            {"arrest", "Date of the second arrest", "persecution"}};
  plan.flags = {"unaccompanied_minor"};
  std::vector<Entry> entries = {Tagged(EntryKind::kQuestion, "identity", "route"),
                                Tagged(EntryKind::kAnswer, ""),
                                Tagged(EntryKind::kQuestion, "persecution", "arrest")};
  InterviewState state;
  state.resolved_items = {"CH-3.1", "CH-3.2", "CH-3.3", "CH-3.4", "CH-3.5", "CH-3.6", "CH-3.7",
                          "CH-3.8", "CH-3.9", "CH-3.10", "CH-6"};
  const Completeness c = CheckCompleteness(plan, entries, state);
  EXPECT_EQ(c.uncovered_themes, (std::vector<std::string>{"fear_on_return", "evidence"}));
  ASSERT_EQ(c.unanswered_crucial.size(), 1u);  // asked, but no answer yet
  EXPECT_EQ(c.unanswered_crucial[0].id, "arrest");
  EXPECT_TRUE(c.open_opening_items.empty());
  EXPECT_EQ(c.open_closing_items, (std::vector<std::string>{"CH-12.1", "CH-12.2", "CH-12.3"}));
  ASSERT_EQ(c.missing_facts.size(), 2u);
  EXPECT_EQ(c.missing_facts[0].rfind("CH-2.2", 0), 0u);
  EXPECT_FALSE(c.complete());
  EXPECT_EQ(c.ToJson()["unanswered_crucial_questions"][0]["id"], "arrest");
}

TEST(EntryTags, ThemeMustBeAPlanTheme) {
  auto bad = EntryFromJson(Json::parse(R"({"kind":"question","text":"x","theme":"money"})"),
                           JsonFields::kClientInput);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("'theme'"), std::string::npos);
  auto good = EntryFromJson(
      Json::parse(R"({"kind":"question","text":"x","theme":"fear_on_return","crucial":"q2"})"),
      JsonFields::kClientInput);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(EntryToJson(*good, JsonFields::kClientInput)["crucial"], "q2");
}

}  // namespace
}  // namespace verbatim::interview
