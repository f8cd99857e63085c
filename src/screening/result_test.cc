#include "screening/result.h"

#include <gtest/gtest.h>

#include <map>

#include "screening/shipped_forms.h"

namespace verbatim::screening {
namespace {

const Form& Annex1() {
  static const Form form = ShippedForm("unhcr-annex1").value();
  return form;
}

ScreeningResult ScreenOk(const Json& answers, const AgencyDirectory* directory = nullptr) {
  auto result = Screen(Annex1(), answers, directory);
  EXPECT_TRUE(result.ok()) << result.status().message();
  return result.ok() ? std::move(result).value() : ScreeningResult{};
}

std::vector<std::string> Categories(const ScreeningResult& r) {
  std::vector<std::string> out;
  for (const auto& ref : r.referrals) out.push_back(ref.category);
  return out;
}

class MapDirectory : public AgencyDirectory {
 public:
  std::optional<AgencyRef> For(std::string_view category) const override {
    if (category == "asylum_authority") return AgencyRef{"kz-migration", "Migration Service"};
    return std::nullopt;
  }
};

TEST(Screen, NoIndicatorNoNeedIsNormalWithoutReferrals) {
  const auto r = ScreenOk({{"reasons", {"education"}}, {"statement", "I came to study."}});
  EXPECT_FALSE(r.potential_asylum_seeker);
  EXPECT_FALSE(r.potential_trafficking_victim);
  EXPECT_FALSE(r.non_refoulement);
  EXPECT_EQ(r.priority, Priority::kNormal);
  EXPECT_TRUE(r.referrals.empty());
}

// UN-10: '*' → asylum seeker (asylum authority + UNHCR, UN-6) and non-refoulement.
TEST(Screen, StarAnswerMakesAPotentialAsylumSeeker) {
  const auto r = ScreenOk({{"reasons", {"persecution"}}});
  EXPECT_TRUE(r.potential_asylum_seeker);
  EXPECT_TRUE(r.non_refoulement);
  EXPECT_FALSE(r.potential_trafficking_victim);
  EXPECT_EQ(Categories(r), (std::vector<std::string>{"asylum_authority", "unhcr"}));
  ASSERT_EQ(r.indicators.size(), 1u);
  EXPECT_EQ(r.indicators[0].marker(), "*");
}

// UN-10: both can hold; '+' → anti-trafficking, high priority.
TEST(Screen, BothMarkersMakeBothFlags) {
  const auto r = ScreenOk({{"how_left", Json::array({"involuntary"})}});
  EXPECT_TRUE(r.potential_asylum_seeker);
  EXPECT_TRUE(r.potential_trafficking_victim);
  EXPECT_EQ(r.priority, Priority::kHigh);
  EXPECT_EQ(Categories(r),
            (std::vector<std::string>{"anti_trafficking", "asylum_authority", "unhcr"}));
}

// UN-4: no special words are needed; fear in the statement is enough, and it is shown.
TEST(Screen, FearInTheStatementMakesAnAsylumSeekerWithoutAnyMarker) {
  const auto r =
      ScreenOk({{"reasons", {"visiting_family"}}, {"statement", "Я не хочу домой, меня убьют."}});
  EXPECT_TRUE(r.potential_asylum_seeker);
  EXPECT_TRUE(r.non_refoulement);
  EXPECT_TRUE(r.indicators.empty());
  ASSERT_EQ(r.fear_expressions.size(), 1u);
  EXPECT_EQ(r.fear_expressions[0].phrase, "меня убьют");
  EXPECT_EQ(r.fear_expressions[0].language, "ru");
  ASSERT_EQ(Categories(r), (std::vector<std::string>{"asylum_authority", "unhcr"}));
  EXPECT_NE(r.referrals[0].reason.find("UN-4"), std::string::npos);
}

// UN-5: a medical emergency comes before any question; UN-6: specific needs are referred first.
TEST(Screen, MedicalEmergencyIsEmergencyAndReferredFirst) {
  const auto r = ScreenOk({{"specific_needs", {"medical_emergency", "woman_at_risk"}},
                           {"reasons", {"armed_conflict"}}});
  EXPECT_EQ(r.priority, Priority::kEmergency);
  EXPECT_EQ(r.specific_needs, (std::vector<std::string>{"woman_at_risk", "medical_emergency"}));
  EXPECT_EQ(Categories(r), (std::vector<std::string>{"medical", "victims_of_violence",
                                                     "asylum_authority", "unhcr"}));
  EXPECT_EQ(r.referrals[0].priority, Priority::kEmergency);
  // Only the medical referral is an emergency; the rest are high.
  EXPECT_EQ(r.referrals[1].priority, Priority::kHigh);
}

// UN-6: unaccompanied or separated children and children at risk with their parents.
TEST(Screen, ChildrenGoToChildProtection) {
  const auto alone = ScreenOk({{"specific_needs", {"child", "unaccompanied_or_separated_child"}}});
  EXPECT_EQ(alone.priority, Priority::kHigh);
  ASSERT_EQ(Categories(alone), std::vector<std::string>{"child_protection"});
  EXPECT_NE(alone.referrals[0].reason.find("naccompanied"), std::string::npos);
  const auto with_parents = ScreenOk({{"specific_needs", {"child"}}});
  ASSERT_EQ(Categories(with_parents), std::vector<std::string>{"child_protection"});
  EXPECT_NE(with_parents.referrals[0].reason.find("parents"), std::string::npos);
}

TEST(Screen, OtherNeedsGoToAssistanceOrganisations) {
  const auto r = ScreenOk({{"specific_needs", {"elderly", "language_barrier"}}});
  EXPECT_EQ(r.priority, Priority::kHigh);
  EXPECT_EQ(Categories(r), std::vector<std::string>{"assistance_organisations"});
}

TEST(Screen, AgencyComesFromTheDirectory) {
  const MapDirectory directory;
  const auto r = ScreenOk({{"reasons", {"persecution"}}}, &directory);
  ASSERT_EQ(r.referrals.size(), 2u);
  ASSERT_TRUE(r.referrals[0].agency.has_value());
  EXPECT_EQ(r.referrals[0].agency->name, "Migration Service");
  EXPECT_FALSE(r.referrals[1].agency.has_value());  // the guide lists no UNHCR office
  const Json json = ResultToJson(r);
  EXPECT_EQ(json["referrals"][0]["agency"]["id"], "kz-migration");
  EXPECT_TRUE(json["referrals"][1]["agency"].is_null());
}

TEST(Screen, UnknownQuestionOrChoiceIsAnErrorNamingIt) {
  const auto question = Screen(Annex1(), {{"reason", {"persecution"}}}, nullptr);
  ASSERT_FALSE(question.ok());
  EXPECT_NE(question.status().message().find("reason"), std::string::npos);
  const auto choice = Screen(Annex1(), {{"reasons", {"persecutio"}}}, nullptr);
  ASSERT_FALSE(choice.ok());
  EXPECT_NE(choice.status().message().find("persecutio"), std::string::npos);
}

TEST(Screen, JsonHasExactlyTheDocumentedKeys) {
  const Json json = ResultToJson(ScreenOk({{"reasons", {"deception"}},
                                           {"specific_needs", {"child"}},
                                           {"statement", "afraid to return"}}));
  std::vector<std::string> keys;
  for (const auto& [key, value] : json.items()) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys,
            (std::vector<std::string>{"fear_expressions", "indicators", "non_refoulement",
                                      "potential_asylum_seeker", "potential_trafficking_victim",
                                      "priority", "referrals", "specific_needs"}));
  EXPECT_EQ(json["priority"], "high");
  EXPECT_EQ(json["indicators"][0]["marker"], "+");
  EXPECT_EQ(json["fear_expressions"][0]["phrase"], "afraid to return");
  EXPECT_EQ(json["referrals"][0]["category"], "child_protection");
}

}  // namespace
}  // namespace verbatim::screening
