#include "calendar/converter.h"

#include <gtest/gtest.h>

#include "calendar/date_names.h"

namespace verbatim::calendar {
namespace {

using namespace std::chrono;
using C = CalendarId;

struct Known {
  CalendarDate date;
  year_month_day gregorian;
  const char* why;
};

// Dates fixed by public holidays and published calendars, not by ICU.
const Known kKnown[] = {
    {{C::kPersian, 1403, 1, 1}, 2024y / March / 20, "Nowruz 1403"},
    {{C::kPersian, 1398, 1, 1}, 2019y / March / 21, "Nowruz 1398"},
    {{C::kPersian, 1399, 12, 30}, 2021y / March / 20, "last day of leap year 1399"},
    {{C::kIslamicUmalqura, 1446, 1, 1}, 2024y / July / 7, "1 Muharram 1446"},
    {{C::kIslamicUmalqura, 1445, 9, 1}, 2024y / March / 11, "1 Ramadan 1445"},
    {{C::kIslamicUmalqura, 1440, 10, 1}, 2019y / June / 4, "Eid al-Fitr 1440"},
    {{C::kEthiopic, 2017, 1, 1}, 2024y / September / 11, "Enkutatash 2017"},
    {{C::kEthiopic, 2016, 1, 1}, 2023y / September / 12, "Enkutatash after a leap year"},
    {{C::kCoptic, 1741, 1, 1}, 2024y / September / 11, "Nayrouz 1741"},
    {{C::kHebrew, 5784, 1, 1}, 2023y / September / 16, "Rosh Hashanah 5784"},
    {{C::kHebrew, 5784, 7, 14}, 2024y / March / 24, "Purim 5784, in Adar II"},
    {{C::kHebrew, 5784, 8, 15}, 2024y / April / 23, "Passover 5784, Nisan is month 8"},
    {{C::kHebrew, 5785, 6, 14}, 2025y / March / 14, "Purim 5785, a common year"},
    {{C::kHebrew, 5785, 7, 15}, 2025y / April / 13, "Passover 5785, Nisan is month 7"},
    {{C::kBuddhist, 2567, 1, 1}, 2024y / January / 1, "Buddhist year = Gregorian + 543"},
    {{C::kIndian, 1946, 1, 1}, 2024y / March / 21, "1 Chaitra in a Gregorian leap year"},
    {{C::kIndian, 1945, 1, 1}, 2023y / March / 22, "1 Chaitra in a common year"},
    {{C::kBikramSambat, 2081, 1, 1}, 2024y / April / 13, "Nepali new year 2081"},
    {{C::kBikramSambat, 2082, 1, 1}, 2025y / April / 14, "Nepali new year 2082"},
    {{C::kBikramSambat, 2000, 1, 1}, 1943y / April / 14, "1 Baisakh 2000"},
    {{C::kGregorian, 2024, 2, 29}, 2024y / February / 29, "leap day"},
};

TEST(Converter, KnownDatesConvertToGregorianAndBack) {
  for (const Known& k : kKnown) {
    SCOPED_TRACE(k.why);
    const auto day = ToDay(k.date);
    ASSERT_TRUE(day.ok()) << day.status().message();
    EXPECT_EQ(year_month_day(*day), k.gregorian);
    const auto back = FromDay(k.date.calendar, sys_days(k.gregorian));
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(*back, k.date);
  }
}

TEST(Converter, ConvertsBetweenTwoNonGregorianCalendars) {
  const auto hijri = Convert({C::kPersian, 1403, 1, 1}, C::kIslamicUmalqura);
  ASSERT_TRUE(hijri.ok());
  EXPECT_EQ(*hijri, (CalendarDate{C::kIslamicUmalqura, 1445, 9, 10}));
}

TEST(Converter, HebrewLeapYearHasThirteenOrdinalMonths) {
  EXPECT_EQ(*MonthsInYear(C::kHebrew, 5784), 13);
  EXPECT_EQ(*MonthsInYear(C::kHebrew, 5785), 12);
  const auto adar_one = FromDay(C::kHebrew, sys_days(2024y / February / 20));
  ASSERT_TRUE(adar_one.ok());
  EXPECT_EQ(adar_one->month, 6);
  EXPECT_EQ(MonthName(*adar_one), "Adar I");
  const auto adar_two = FromDay(C::kHebrew, sys_days(2024y / March / 24));
  EXPECT_EQ(adar_two->month, 7);
  EXPECT_EQ(MonthName(*adar_two), "Adar II");
  const auto adar = FromDay(C::kHebrew, sys_days(2025y / March / 14));
  EXPECT_EQ(adar->month, 6);
  EXPECT_EQ(MonthName(*adar), "Adar");
  const auto elul = FromDay(C::kHebrew, sys_days(2024y / September / 10));
  EXPECT_EQ(elul->month, 13);
  EXPECT_EQ(MonthName(*elul), "Elul");
}

TEST(Converter, EthiopicAndCopticYearsHaveThirteenMonths) {
  EXPECT_EQ(*MonthsInYear(C::kEthiopic, 2016), 13);
  EXPECT_EQ(*DaysInMonth(C::kEthiopic, 2015, 13), 6);  // Pagumen of a leap year
  EXPECT_EQ(*DaysInMonth(C::kEthiopic, 2016, 13), 5);
  EXPECT_EQ(*MonthsInYear(C::kCoptic, 1741), 13);
}

struct Impossible {
  CalendarDate date;
  const char* message_part;
};

TEST(Converter, RefusesImpossibleDatesSayingWhy) {
  const Impossible cases[] = {
      {{C::kPersian, 1398, 12, 30}, "Esfand 1398 has 29 days"},
      {{C::kPersian, 1398, 12, 31}, "Esfand 1398 has 29 days"},
      {{C::kGregorian, 2023, 2, 29}, "February 2023 has 28 days"},
      {{C::kHebrew, 5785, 13, 1}, "not a leap year"},
      {{C::kEthiopic, 2016, 13, 6}, "Pagumen 2016 has 5 days"},
      {{C::kPersian, 1403, 13, 1}, "has 12 months"},
      {{C::kPersian, 1403, 0, 1}, "month 0 does not exist"},
      {{C::kIslamicCivil, 1445, 1, 0}, "day 0 does not exist"},
      {{C::kBikramSambat, 2091, 1, 1}, "1 Baisakh 1970 (1913-04-13)"},
      {{C::kBikramSambat, 1969, 12, 30}, "outside the table"},
      {{C::kGregorian, 0, 1, 1}, "outside the years 1 to 9999"},
  };
  for (const Impossible& c : cases) {
    const Status s = Validate(c.date);
    EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument) << c.message_part;
    EXPECT_NE(s.message().find(c.message_part), std::string::npos) << s.message();
    EXPECT_FALSE(ToDay(c.date).ok());
  }
}

TEST(Converter, AcceptsLastDaysOfLongMonths) {
  EXPECT_TRUE(Validate({C::kPersian, 1399, 12, 30}).ok());
  EXPECT_TRUE(Validate({C::kEthiopic, 2015, 13, 6}).ok());
  EXPECT_TRUE(Validate({C::kHebrew, 5784, 13, 29}).ok());
}

TEST(Converter, EveryDayOfTwoCenturiesRoundTripsInEveryCalendar) {
  const sys_days first = 1900y / January / 1;
  const sys_days last = 2100y / December / 31;
  for (CalendarId calendar : AllCalendars()) {
    if (calendar == C::kBikramSambat) continue;  // its own test covers its table's span
    SCOPED_TRACE(std::string(CalendarName(calendar)));
    int failures = 0;
    for (sys_days day = first; day <= last && failures < 5; day += days(7)) {
      const auto date = FromDay(calendar, day);
      ASSERT_TRUE(date.ok());
      const auto back = ToDay(*date);
      if (!back.ok() || *back != day) ++failures;
    }
    EXPECT_EQ(failures, 0);
  }
}

TEST(Converter, FormatsIsoDays) {
  EXPECT_EQ(IsoDay(sys_days(2024y / March / 20)), "2024-03-20");
  EXPECT_EQ(IsoDay(sys_days(999y / January / 2)), "0999-01-02");
}

}  // namespace
}  // namespace verbatim::calendar
