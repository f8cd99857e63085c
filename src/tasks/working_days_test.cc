#include "tasks/working_days.h"

#include <gtest/gtest.h>

#include "tasks/deadline_json.h"

namespace verbatim::tasks {
namespace {

using std::chrono::year;

Date D(std::string_view text) {
  auto date = ParseIsoDate(text);
  EXPECT_TRUE(date.ok()) << text;
  return *date;
}

HolidayCalendar Calendar(std::string_view profile) {
  auto calendar = HolidayCalendar::ForProfile(profile);
  EXPECT_TRUE(calendar.ok()) << profile;
  return std::move(calendar).value();
}

std::vector<std::string> Dates(const std::vector<Holiday>& holidays) {
  std::vector<std::string> out;
  for (const auto& h : holidays) out.push_back(FormatIsoDate(h.date));
  return out;
}

TEST(HolidayCalendar, BelgiumKeepsItsTenLegalHolidaysIn2024And2025) {
  const HolidayCalendar be = Calendar("BE");
  EXPECT_EQ(Dates(be.HolidaysIn(year(2024))),
            (std::vector<std::string>{"2024-01-01", "2024-04-01", "2024-05-01", "2024-05-09",
                                      "2024-05-20", "2024-07-21", "2024-08-15", "2024-11-01",
                                      "2024-11-11", "2024-12-25"}));
  EXPECT_EQ(Dates(be.HolidaysIn(year(2025))),
            (std::vector<std::string>{"2025-01-01", "2025-04-21", "2025-05-01", "2025-05-29",
                                      "2025-06-09", "2025-07-21", "2025-08-15", "2025-11-01",
                                      "2025-11-11", "2025-12-25"}));
}

TEST(HolidayCalendar, TwoHolidaysOnOneDayShareIt) {
  // 2008: Ascension Day (Easter 23 March + 39) fell on Labour Day.
  const auto holidays = Calendar("BE").HolidaysIn(year(2008));
  ASSERT_EQ(holidays.size(), 9u);
  EXPECT_EQ(holidays[2].name, "Labour Day; Ascension Day");
}

struct DayCase {
  const char* profile;
  const char* date;
  bool working;
};

TEST(HolidayCalendar, WorkingDaysAreMondayToFridayExceptPublicHolidays) {
  const DayCase kCases[] = {
      {"BE", "2025-04-18", true},   // Good Friday: a bank holiday in Belgium, not a legal one
      {"BE", "2025-04-21", false},  // Easter Monday
      {"BE", "2024-12-26", true},   // 26 December: a bank holiday only
      {"BE", "2024-07-22", true},   // no substitute for 21 July on a Sunday
      {"BE", "2025-04-19", false},  // Saturday
      {"BE", "2025-04-20", false},  // Sunday
      {"DE", "2025-04-18", false},  // Good Friday
      {"DE", "2025-10-03", false},  // German Unity Day
      {"DE", "2017-10-31", false},  // Reformation Day, 2017 only
      {"DE", "2018-10-31", true},
      {"FR", "2025-05-08", false},  // Victory in Europe Day
      {"FR", "2006-06-05", false},  // Whit Monday stayed a jour férié in 2005–2007
      {"FR", "2025-12-26", true},
      {"NL", "2025-04-18", false},  // Good Friday, Algemene termijnenwet art. 3 (2)
      {"NL", "2023-04-27", false},  // King's Day on a Thursday
      {"NL", "2013-04-30", false},  // Queen's Day
      {"NL", "2014-04-30", true},
      {"NL", "2023-05-05", false},  // Liberation Day, every year
      {"NL", "2025-12-26", false},  // Second Day of Christmas
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Calendar(c.profile).IsWorkingDay(D(c.date)), c.working) << c.profile << " " << c.date;
  }
}

struct DeadlineCase {
  const char* profile;
  const char* from;
  int n;
  const char* due;
  std::vector<std::string> skipped;
};

TEST(HolidayCalendar, AddWorkingDaysCountsTheDaysAfterTheEvent) {
  const DeadlineCase kCases[] = {
      // CH-3.10: an interview on Friday, a copy requested within 2 working days: Tuesday.
      {"BE", "2024-12-20", 2, "2024-12-24", {}},
      {"BE", "2024-12-24", 2, "2024-12-27", {"2024-12-25"}},
      {"BE", "2024-12-24", 8, "2025-01-07", {"2024-12-25", "2025-01-01"}},
      {"BE", "2024-12-29", 8, "2025-01-09", {"2025-01-01"}},  // a Sunday start
      {"BE", "2025-04-17", 2, "2025-04-22", {"2025-04-21"}},  // across Easter
      {"BE", "2025-04-19", 2, "2025-04-23", {"2025-04-21"}},  // a Saturday start
      {"BE", "2025-04-19", 0, "2025-04-19", {}},
      {"BE", "2025-05-28", 1, "2025-05-30", {"2025-05-29"}},  // Ascension, no bridge day
      {"DE", "2025-04-17", 2, "2025-04-23", {"2025-04-18", "2025-04-21"}},
      {"FR", "2025-05-07", 1, "2025-05-09", {"2025-05-08"}},
      {"NL", "2023-04-26", 2, "2023-05-01", {"2023-04-27"}},
      {"NL", "2025-04-24", 2, "2025-04-28", {}},  // King's Day kept on Saturday 26 April
      {"NL", "2025-05-02", 1, "2025-05-06", {"2025-05-05"}},
  };
  for (const auto& c : kCases) {
    const std::string label = std::string(c.profile) + " " + c.from + " +" + std::to_string(c.n);
    auto deadline = Calendar(c.profile).ComputeDeadline(D(c.from), c.n);
    ASSERT_TRUE(deadline.ok()) << label << ": " << deadline.status().message();
    EXPECT_EQ(FormatIsoDate(deadline->due), c.due) << label;
    EXPECT_EQ(Dates(deadline->skipped_holidays), c.skipped) << label;
    EXPECT_EQ(Calendar(c.profile).AddWorkingDays(D(c.from), c.n)->year(), deadline->due.year());
  }
}

TEST(HolidayCalendar, WorkingDaysBetweenUndoesAddWorkingDays) {
  const HolidayCalendar be = Calendar("BE");
  for (auto day = std::chrono::sys_days(D("2000-01-01"));
       day <= std::chrono::sys_days(D("2050-12-31")); day += std::chrono::days(1)) {
    for (int n : {0, 1, 2, 8}) {
      auto due = be.AddWorkingDays(Date(day), n);
      ASSERT_TRUE(due.ok());
      ASSERT_EQ(*be.WorkingDaysBetween(Date(day), *due), n) << FormatIsoDate(Date(day));
      if (n > 0) {
        ASSERT_TRUE(be.IsWorkingDay(*due)) << FormatIsoDate(Date(day));
      }
    }
  }
  EXPECT_EQ(*be.WorkingDaysBetween(D("2024-12-27"), D("2024-12-24")), -2);
  EXPECT_EQ(*be.WorkingDaysBetween(D("2024-12-24"), D("2024-12-24")), 0);
}

TEST(DeadlineToJson, NamesTheSkippedHolidays) {
  auto deadline = Calendar("BE").ComputeDeadline(D("2024-12-24"), 2);
  ASSERT_TRUE(deadline.ok());
  EXPECT_EQ(DeadlineToJson(*deadline), Json::parse(R"({"profile":"BE","from":"2024-12-24",
      "working_days":2,"due":"2024-12-27",
      "skipped_holidays":[{"date":"2024-12-25","name":"Christmas Day"}]})"));
}

TEST(HolidayCalendar, RefusesWhatItCannotAnswer) {
  const HolidayCalendar be = Calendar("BE");
  auto negative = be.AddWorkingDays(D("2025-01-06"), -1);
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.status().code(), ErrorCode::kInvalidArgument);
  auto before = be.AddWorkingDays(D("1999-12-31"), 2);
  ASSERT_FALSE(before.ok());
  EXPECT_NE(before.status().message().find("cover the years 2000 to 2099"), std::string::npos);
  auto after = be.AddWorkingDays(D("2099-12-30"), 5);
  ASSERT_FALSE(after.ok());
  EXPECT_NE(after.status().message().find("2100-01-01"), std::string::npos);
  auto unknown = HolidayCalendar::ForProfile("XX");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace verbatim::tasks
