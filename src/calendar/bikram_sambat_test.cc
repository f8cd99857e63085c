#include "calendar/bikram_sambat.h"

#include <gtest/gtest.h>

#include "calendar/converter.h"

namespace verbatim::calendar {
namespace {

using namespace std::chrono;

TEST(BikramSambat, TableHasPlausibleMonthsAndYears) {
  int year = bikram_sambat::kFirstYear;
  for (const auto& months : bikram_sambat::MonthLengthTable()) {
    int total = 0;
    for (int length : months) {
      EXPECT_GE(length, 29) << year;
      EXPECT_LE(length, 32) << year;
      total += length;
    }
    EXPECT_TRUE(total == 365 || total == 366) << year << " has " << total << " days";
    ++year;
  }
  EXPECT_EQ(year, bikram_sambat::kLastYear + 1);
}

TEST(BikramSambat, EveryYearBeginsInMidApril) {
  for (int y = bikram_sambat::kFirstYear; y <= bikram_sambat::kLastYear; ++y) {
    const year_month_day start(*ToDay({CalendarId::kBikramSambat, y, 1, 1}));
    EXPECT_EQ(start.month(), April) << y;
    EXPECT_GE(start.day(), day(12)) << y;
    EXPECT_LE(start.day(), day(15)) << y;
    EXPECT_EQ(static_cast<int>(start.year()), y - 57) << y;
  }
}

TEST(BikramSambat, KnownDates) {
  struct Known {
    CalendarDate date;
    year_month_day gregorian;
  };
  const Known known[] = {
      {{CalendarId::kBikramSambat, 1970, 1, 1}, 1913y / April / 13},
      {{CalendarId::kBikramSambat, 2000, 1, 1}, 1943y / April / 14},
      {{CalendarId::kBikramSambat, 2007, 1, 1}, 1950y / April / 13},
      {{CalendarId::kBikramSambat, 2081, 1, 1}, 2024y / April / 13},
      {{CalendarId::kBikramSambat, 2080, 12, 30}, 2024y / April / 12},
      {{CalendarId::kBikramSambat, 2082, 1, 1}, 2025y / April / 14},
  };
  for (const Known& k : known) {
    EXPECT_EQ(year_month_day(*ToDay(k.date)), k.gregorian) << k.date.year;
    EXPECT_EQ(*FromDay(CalendarId::kBikramSambat, sys_days(k.gregorian)), k.date);
  }
}

TEST(BikramSambat, EveryDayOfTheTableRoundTrips) {
  const sys_days first = bikram_sambat::TableStart();
  const sys_days end = *ToDay({CalendarId::kBikramSambat, bikram_sambat::kLastYear, 12, 1});
  for (sys_days d = first; d < end; d += days(1)) {
    const auto date = FromDay(CalendarId::kBikramSambat, d);
    ASSERT_TRUE(date.ok()) << IsoDay(d);
    ASSERT_EQ(*ToDay(*date), d) << IsoDay(d);
  }
}

TEST(BikramSambat, RefusesDaysOutsideTheTableNamingTheRange) {
  const auto before = FromDay(CalendarId::kBikramSambat, sys_days(1913y / April / 12));
  ASSERT_FALSE(before.ok());
  EXPECT_NE(before.status().message().find("1913-04-12 has no bikram-sambat date"),
            std::string::npos)
      << before.status().message();
  EXPECT_FALSE(FromDay(CalendarId::kBikramSambat, sys_days(2040y / January / 1)).ok());
}

}  // namespace
}  // namespace verbatim::calendar
