#include "calendar/approximate_date.h"

#include <gtest/gtest.h>

#include "calendar/converter.h"

namespace verbatim::calendar {
namespace {

using C = CalendarId;
using P = Precision;

struct Case {
  const char* text;
  std::optional<C> given;
  C calendar;
  P precision;
  const char* first;
  const char* last;
};

TEST(ApproximateDate, ReadsDatesAsApplicantsGiveThem) {
  const Case cases[] = {
      {"2019", {}, C::kGregorian, P::kYear, "2019-01-01", "2019-12-31"},
      {"1398", C::kPersian, C::kPersian, P::kYear, "2019-03-21", "2020-03-19"},
      {"1398 SH", {}, C::kPersian, P::kYear, "2019-03-21", "2020-03-19"},
      {"1398-05", C::kPersian, C::kPersian, P::kMonth, "2019-07-23", "2019-08-22"},
      {"1398/05/12", C::kPersian, C::kPersian, P::kDay, "2019-08-03", "2019-08-03"},
      {"Hamal 1398", {}, C::kPersian, P::kMonth, "2019-03-21", "2019-04-20"},
      {"Farvardin 1398", {}, C::kPersian, P::kMonth, "2019-03-21", "2019-04-20"},
      {"حمل ۱۳۹۸", {}, C::kPersian, P::kMonth, "2019-03-21", "2019-04-20"},
      {"15 Hamal 1398", {}, C::kPersian, P::kDay, "2019-04-04", "2019-04-04"},
      {"bahar 1398", {}, C::kPersian, P::kSeason, "2019-03-21", "2019-06-21"},
      {"zemestan 1398", {}, C::kPersian, P::kSeason, "2019-12-22", "2020-03-19"},
      {"spring 2019", {}, C::kGregorian, P::kSeason, "2019-03-01", "2019-05-31"},
      {"Winter 2019", {}, C::kGregorian, P::kSeason, "2019-12-01", "2020-02-29"},
      {"spring 1398", C::kPersian, C::kPersian, P::kSeason, "2019-03-21", "2019-06-21"},
      {"Ramadan 1440", {}, C::kIslamicUmalqura, P::kMonth, "2019-05-06", "2019-06-03"},
      {"Ramazan 1440 AH", {}, C::kIslamicUmalqura, P::kMonth, "2019-05-06", "2019-06-03"},
      {"Ramadan 1440", C::kIslamicCivil, C::kIslamicCivil, P::kMonth, "2019-05-06", "2019-06-04"},
      {"Meskerem 2011", {}, C::kEthiopic, P::kMonth, "2018-09-11", "2018-10-10"},
      {"Chaitra 2080", {}, C::kBikramSambat, P::kMonth, "2024-03-14", "2024-04-12"},
      {"Chaitra 1945", {}, C::kIndian, P::kMonth, "2023-03-22", "2023-04-20"},
      {"Tir 1398", {}, C::kPersian, P::kMonth, "2019-06-22", "2019-07-22"},
      {"Adar 5784", {}, C::kHebrew, P::kMonth, "2024-02-10", "2024-04-08"},
      {"Adar II 5784", {}, C::kHebrew, P::kMonth, "2024-03-11", "2024-04-08"},
      {"March 5, 2019", {}, C::kGregorian, P::kDay, "2019-03-05", "2019-03-05"},
      {"  march   2019 ", {}, C::kGregorian, P::kMonth, "2019-03-01", "2019-03-31"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const auto parsed = ParseApproximateDate(c.text, c.given);
    ASSERT_TRUE(parsed.ok()) << parsed.status().message();
    EXPECT_EQ(parsed->calendar, c.calendar);
    EXPECT_EQ(parsed->precision, c.precision);
    EXPECT_EQ(IsoDay(parsed->range.first), c.first);
    EXPECT_EQ(IsoDay(parsed->range.last), c.last);
  }
}

struct Bad {
  const char* text;
  std::optional<C> given;
  const char* message_part;
};

TEST(ApproximateDate, FailsClearlyQuotingTheText) {
  const Bad cases[] = {
      {"", {}, "it is empty"},
      {"Ramadan", {}, "no year"},
      {"Blah 1398", {}, "'Blah' is not a month or season"},
      {"30 Esfand 1398", {}, "Esfand 1398 has 29 days"},
      {"12/05/1398", {}, "year first"},
      {"Hamal 1398", C::kIslamicCivil, "not a month of the islamic-civil calendar"},
      {"Adar II 5785", {}, "common year"},
      {"14 Adar 5784", {}, "say Adar I or Adar II"},
      {"Chaitra 1990", {}, "indian and bikram-sambat"},
      {"spring 1440", C::kIslamicCivil, "seasons are known for"},
      {"1440 AH", C::kPersian, "its era says"},
      {"Baisakh 2095", {}, "outside the table"},
  };
  for (const Bad& c : cases) {
    const auto parsed = ParseApproximateDate(c.text, c.given);
    ASSERT_FALSE(parsed.ok()) << c.text;
    EXPECT_NE(parsed.status().message().find(std::string("'") + c.text + "'"), std::string::npos)
        << parsed.status().message();
    EXPECT_NE(parsed.status().message().find(c.message_part), std::string::npos)
        << parsed.status().message();
  }
}

}  // namespace
}  // namespace verbatim::calendar
