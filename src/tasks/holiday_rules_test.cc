#include "tasks/holiday_rules.h"

#include <gtest/gtest.h>

namespace verbatim::tasks {
namespace {

using std::chrono::year;

Date D(std::string_view text) {
  auto date = ParseIsoDate(text);
  EXPECT_TRUE(date.ok()) << text;
  return *date;
}

TEST(WesternEaster, MatchesKnownYears) {
  // Published Easter Sundays, including both extremes (22 March, 25 April).
  const std::pair<int, const char*> kCases[] = {
      {1818, "1818-03-22"}, {1943, "1943-04-25"}, {2000, "2000-04-23"}, {2001, "2001-04-15"},
      {2008, "2008-03-23"}, {2011, "2011-04-24"}, {2019, "2019-04-21"}, {2024, "2024-03-31"},
      {2025, "2025-04-20"}, {2026, "2026-04-05"}, {2038, "2038-04-25"}, {2050, "2050-04-10"},
      {2285, "2285-03-22"}};
  for (const auto& [y, easter] : kCases) {
    EXPECT_EQ(FormatIsoDate(WesternEaster(year(y))), easter) << y;
  }
}

TEST(IsoDate, ParsesOnlyRealDaysWrittenYyyyMmDd) {
  EXPECT_EQ(FormatIsoDate(D("2024-02-29")), "2024-02-29");
  for (const char* bad : {"2025-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024/01/01",
                          "2024-01-01x", "", "abcd-ef-gh"}) {
    auto date = ParseIsoDate(bad);
    ASSERT_FALSE(date.ok()) << bad;
    EXPECT_EQ(date.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(date.status().message().find(std::string("'") + bad + "'"), std::string::npos);
  }
}

TEST(HolidayRules, EveryProfileCompiledInParses) {
  EXPECT_EQ(HolidayProfileIds(), (std::vector<std::string>{"BE", "DE", "FR", "NL"}));
  for (const auto& id : HolidayProfileIds()) {
    auto rules = LoadHolidayRules(id);
    ASSERT_TRUE(rules.ok()) << id << ": " << rules.status().message();
    EXPECT_EQ(rules->profile, id);
  }
  ASSERT_EQ(LoadHolidayRules("BE")->rules.size(), 10u);  // the ten legal public holidays
}

TEST(HolidayRules, UnknownProfileNamesTheKnownOnes) {
  auto rules = LoadHolidayRules("XX");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(rules.status().message().find("known: BE, DE, FR, NL"), std::string::npos);
}

TEST(HolidayRule, SubstitutionMovesASundayHolidayToTheSaturday) {
  auto nl = LoadHolidayRules("NL");
  ASSERT_TRUE(nl.ok());
  const auto find = [&](std::string_view name) -> const HolidayRule& {
    for (const auto& r : nl->rules) {
      if (r.name == name) return r;
    }
    ADD_FAILURE() << name;
    return nl->rules.front();
  };
  const HolidayRule& queens = find("Queen's Day");
  const HolidayRule& kings = find("King's Day");
  EXPECT_EQ(queens.ObservedIn(year(2006)), D("2006-04-29"));  // 30 April 2006 was a Sunday
  EXPECT_EQ(queens.ObservedIn(year(2013)), D("2013-04-30"));
  EXPECT_EQ(queens.ObservedIn(year(2014)), std::nullopt);
  EXPECT_EQ(kings.ObservedIn(year(2013)), std::nullopt);
  EXPECT_EQ(kings.ObservedIn(year(2023)), D("2023-04-27"));
  EXPECT_EQ(kings.ObservedIn(year(2025)), D("2025-04-26"));  // 27 April 2025 is a Sunday
}

struct BadRules {
  const char* json;
  const char* message_part;
};

TEST(ParseHolidayRules, RefusesMalformedRules) {
  const std::string head =
      R"({"profile":"XX","name":"x","years":{"from":2000,"to":2099},"holidays":[)";
  const BadRules kCases[] = {
      {R"({"name":"A","fixed":"01-01","valid_form":2000})", "unknown key \"valid_form\""},
      {R"({"name":"A","fixed":"01-01","easter":1})", "exactly one of"},
      {R"({"name":"A"})", "exactly one of"},
      {R"({"name":"A","fixed":"02-29"})", "every year"},
      {R"({"name":"A","fixed":"13-01"})", "every year"},
      {R"({"name":"A","easter":400})", "Easter's year"},
      {R"({"name":"A","fixed":"05-01","valid_from":2010,"valid_to":2000})", "after"},
      {R"({"name":"A","fixed":"05-01","substitute":[{"on":"sunnday","shift_days":1}]})",
       "not a weekday"},
      {R"({"name":"A","fixed":"05-01","substitute":[{"on":"sunday","shift_days":0}]})",
       "shift_days"},
      {R"({"name":"A","fixed":"12-31","substitute":[{"on":"saturday","shift_days":2}]})",
       "out of its year"},
      {R"({"name":1,"fixed":"05-01"})", "malformed"},
  };
  for (const auto& c : kCases) {
    auto rules = ParseHolidayRules(head + c.json + "]}");
    ASSERT_FALSE(rules.ok()) << c.json;
    EXPECT_NE(rules.status().message().find(c.message_part), std::string::npos)
        << c.json << " → " << rules.status().message();
  }
  const char* backwards = R"({"profile":"XX","name":"x","years":{"from":2100,"to":2000},
                              "holidays":[]})";
  EXPECT_FALSE(ParseHolidayRules(backwards).ok());
  EXPECT_FALSE(ParseHolidayRules("not json").ok());
}

}  // namespace
}  // namespace verbatim::tasks
