#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "screening/engine.h"
#include "screening/form_reader.h"
#include "screening/indicators.h"
#include "screening/shipped_forms.h"

namespace verbatim::screening {
namespace {

Form Annex1() {
  auto form = ShippedForm("unhcr-annex1");
  EXPECT_TRUE(form.ok()) << form.status().message();
  return std::move(form).value();
}

TEST(Annex1Form, EmbeddedCopyMatchesDataFile) {
  std::ifstream in(std::string(VERBATIM_SOURCE_DIR) + "/data/forms/unhcr-annex1.json");
  std::stringstream text;
  text << in.rdbuf();
  const auto from_file = ReadFormJsonText(text.str());
  ASSERT_TRUE(from_file.ok()) << from_file.status().message();
  EXPECT_EQ(from_file->questions.size(), Annex1().questions.size());
  EXPECT_EQ(from_file->id, "unhcr-annex1");
}

TEST(Annex1Form, UnknownShippedFormIsNotFound) {
  EXPECT_EQ(ShippedForm("nope").status().code(), ErrorCode::kNotFound);
}

struct NameCase {
  const char* name;
  QuestionType type;
};

class Annex1Names : public testing::TestWithParam<NameCase> {};

// Issue 5 fixes these names: integrations and the screening result depend on them.
TEST_P(Annex1Names, HasStableNameAndTypeWithBothLanguages) {
  const Form form = Annex1();
  const Question* q = form.Find(GetParam().name);
  ASSERT_NE(q, nullptr) << GetParam().name;
  EXPECT_EQ(q->type, GetParam().type) << GetParam().name;
  EXPECT_EQ(q->labels.count("en"), 1u) << GetParam().name;
  EXPECT_EQ(q->labels.count("ru"), 1u) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Annex1Form, Annex1Names,
    testing::Values(
        NameCase{"left_on", QuestionType::kDate}, NameCase{"journey_start", QuestionType::kText},
        NameCase{"route", QuestionType::kBeginRepeat}, NameCase{"country", QuestionType::kText},
        NameCase{"duration", QuestionType::kText}, NameCase{"transport", QuestionType::kText},
        NameCase{"comments", QuestionType::kText},
        NameCase{"knows_current_country", QuestionType::kSelectOne},
        NameCase{"arrival", QuestionType::kText},
        NameCase{"reasons", QuestionType::kSelectMultiple},
        NameCase{"reasons_other", QuestionType::kText},
        NameCase{"forced_to_leave", QuestionType::kSelectOne},
        NameCase{"how_left", QuestionType::kSelectMultiple},
        NameCase{"abused_by_facilitator", QuestionType::kSelectOne},
        NameCase{"documents", QuestionType::kText},
        NameCase{"documents_withheld", QuestionType::kSelectOne},
        NameCase{"final_destination", QuestionType::kSelectOne},
        NameCase{"intended_destination", QuestionType::kText},
        NameCase{"wishes_to_return", QuestionType::kSelectOne},
        NameCase{"problems_on_return", QuestionType::kSelectOne},
        NameCase{"expected_on_return", QuestionType::kSelectMultiple},
        NameCase{"statement", QuestionType::kText},
        NameCase{"specific_needs", QuestionType::kSelectMultiple}));

struct ChoiceCase {
  const char* question;
  const char* choice;
  const char* marker;
};

class Annex1Choices : public testing::TestWithParam<ChoiceCase> {};

TEST_P(Annex1Choices, CarriesTheAnnexMarker) {
  const Form form = Annex1();
  const Question* q = form.Find(GetParam().question);
  ASSERT_NE(q, nullptr);
  const Choice* c = form.FindChoice(*q, GetParam().choice);
  ASSERT_NE(c, nullptr) << GetParam().question << "/" << GetParam().choice;
  const std::string marker =
      std::string(c->protection_marker ? "*" : "") + (c->trafficking_marker ? "+" : "");
  EXPECT_EQ(marker, GetParam().marker) << GetParam().question << "/" << GetParam().choice;
  EXPECT_EQ(c->labels.count("ru"), 1u);
}

std::vector<ChoiceCase> AllChoices() {
  std::vector<ChoiceCase> cases = {
      {"reasons", "flight_from_harm", "*"},
      {"reasons", "persecution", "*"},
      {"reasons", "persecution_ethnicity", "*"},
      {"reasons", "risk_to_life_freedom", "*"},
      {"reasons", "indiscriminate_violence", "*"},
      {"reasons", "domestic_violence", "*"},
      {"reasons", "armed_conflict", "*"},
      {"reasons", "public_disorder", "*"},
      {"reasons", "discrimination", "*"},
      {"reasons", "job_offer_by_third_person", "+"},
      {"reasons", "deception", "+"},
      {"reasons", "promise_linked_to_destination", "+"},
      {"reasons", "education", ""},
      {"reasons", "employment_living_conditions", ""},
      {"reasons", "visiting_family", ""},
      {"reasons", "family_reunification", ""},
      {"reasons", "marriage", ""},
      {"reasons", "natural_disaster_climate", ""},
      {"reasons", "other", ""},
      {"forced_to_leave", "yes", "*"},
      {"forced_to_leave", "no", ""},
      {"how_left", "own_means", ""},
      {"how_left", "helped_by_person", "+"},
      {"how_left", "paid_someone", "+"},
      {"how_left", "involuntary", "*+"},
      {"how_left", "other", ""},
      {"abused_by_facilitator", "yes", "*"},
      {"abused_by_facilitator", "no", ""},
      {"knows_current_country", "yes", ""},
      {"documents_withheld", "no", ""},
      {"final_destination", "yes", ""},
      {"wishes_to_return", "no", ""},
      {"problems_on_return", "yes", ""},
      {"expected_on_return", "detention", "*"},
      {"expected_on_return", "prosecution", ""},
      {"expected_on_return", "physical_violence", "*+"},
      {"expected_on_return", "sexual_violence", "*+"},
      {"expected_on_return", "reprisal", "+"},
      {"expected_on_return", "persecution", "*"},
      {"expected_on_return", "discrimination", "*"},
      {"expected_on_return", "other", ""},
  };
  for (const char* need :
       {"child", "unaccompanied_or_separated_child", "unaccompanied_with_disability",
        "health_problems", "shock_or_distress", "disoriented_unknown_country",
        "controlled_by_companion", "language_barrier", "elderly", "disability",
        "victim_violence_torture", "woman_at_risk", "medical_emergency"}) {
    cases.push_back({"specific_needs", need, ""});
  }
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Annex1Form, Annex1Choices, testing::ValuesIn(AllChoices()));

TEST(Annex1Form, AsksForOtherReasonOnlyWhenOtherIsSelected) {
  const Form form = Annex1();
  auto check = CheckAnswers(form, Json::parse(R"({"reasons":["persecution"]})"));
  ASSERT_TRUE(check.ok());
  EXPECT_FALSE(check->IsRelevant("reasons_other"));
  check = CheckAnswers(form, Json::parse(R"({"reasons":["other"]})"));
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->IsRelevant("reasons_other"));
  check = CheckAnswers(form, Json::parse(R"({"reasons":["other"],"final_destination":"no"})"));
  EXPECT_TRUE(check->IsRelevant("intended_destination"));
}

struct IndicatorCase {
  const char* story;
  const char* answers;
  bool asylum;
  bool trafficking;
  std::vector<std::string> found;  // "path/choice marker"
};

class Annex1Indicators : public testing::TestWithParam<IndicatorCase> {};

TEST_P(Annex1Indicators, FlagsFromMarkers) {
  const Form form = Annex1();
  const auto summary = FindIndicators(form, Json::parse(GetParam().answers));
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->potential_asylum_seeker, GetParam().asylum) << GetParam().story;
  EXPECT_EQ(summary->potential_trafficking_victim, GetParam().trafficking) << GetParam().story;
  std::vector<std::string> found;
  for (const auto& i : summary->indicators) {
    found.push_back(i.question + "/" + i.choice + " " + i.marker());
  }
  EXPECT_EQ(found, GetParam().found) << GetParam().story;
}

INSTANTIATE_TEST_SUITE_P(
    Annex1Form, Annex1Indicators,
    testing::Values(IndicatorCase{"labour migrant",
                                  R"({"reasons":["employment_living_conditions"],
            "how_left":["own_means"],"forced_to_leave":"no","wishes_to_return":"yes"})",
                                  false,
                                  false,
                                  {}},
                    IndicatorCase{"fleeing conflict",
                                  R"({"reasons":["armed_conflict","flight_from_harm"],
            "forced_to_leave":"yes","expected_on_return":["detention"]})",
                                  true,
                                  false,
                                  // In the order of the answers, as the officer gave them.
                                  {"reasons/armed_conflict *", "reasons/flight_from_harm *",
                                   "forced_to_leave/yes *", "expected_on_return/detention *"}},
                    IndicatorCase{
                        "job offer abroad",
                        R"({"reasons":["job_offer_by_third_person"],
            "how_left":["paid_someone"],"documents_withheld":"yes"})",
                        false,
                        true,
                        {"reasons/job_offer_by_third_person +", "how_left/paid_someone +"}},
                    IndicatorCase{"abducted and abused (UN-10: both)",
                                  R"({"reasons":["other"],
            "reasons_other":"taken","how_left":["involuntary"],"abused_by_facilitator":"yes",
            "route":[{"country":"KZ","transport":"truck"}]})",
                                  true,
                                  true,
                                  {"how_left/involuntary *+", "abused_by_facilitator/yes *"}}));

}  // namespace
}  // namespace verbatim::screening
