#include "calendar/date_names.h"

#include <gtest/gtest.h>

#include "calendar/describe.h"

namespace verbatim::calendar {
namespace {

using C = CalendarId;

struct Named {
  CalendarDate date;
  const char* locale;
  const char* name;
};

TEST(DateNames, PersianMonthsHaveIranianAndAfghanNamesInThreeScripts) {
  const Named cases[] = {
      {{C::kPersian, 1398, 1, 1}, "en", "Farvardin"},
      {{C::kPersian, 1398, 1, 1}, "en-AF", "Hamal"},
      {{C::kPersian, 1398, 1, 1}, "fa", "فروردین"},
      {{C::kPersian, 1398, 1, 1}, "fa-AF", "حمل"},
      {{C::kPersian, 1398, 1, 1}, "fa_AF", "حمل"},
      {{C::kPersian, 1398, 1, 1}, "ps", "وری"},
      {{C::kPersian, 1398, 2, 1}, "en", "Ordibehesht"},
      {{C::kPersian, 1398, 2, 1}, "en-AF", "Sawr"},
      {{C::kPersian, 1398, 2, 1}, "fa-AF", "ثور"},
      {{C::kPersian, 1398, 2, 1}, "ps", "غویی"},
      {{C::kPersian, 1398, 12, 1}, "en", "Esfand"},
      {{C::kPersian, 1398, 12, 1}, "en-AF", "Hut"},
      {{C::kPersian, 1398, 12, 1}, "fa-AF", "حوت"},
      {{C::kPersian, 1398, 12, 1}, "ps", "کب"},
  };
  for (const Named& n : cases) EXPECT_EQ(MonthName(n.date, n.locale), n.name) << n.locale;
}

TEST(DateNames, OtherCalendarsTakeIcuNamesAndOursForBikramSambat) {
  const Named cases[] = {
      {{C::kIslamicUmalqura, 1440, 9, 1}, "en", "Ramadan"},
      {{C::kIslamicCivil, 1440, 9, 1}, "ar", "رمضان"},
      {{C::kEthiopic, 2011, 1, 1}, "en", "Meskerem"},
      {{C::kEthiopic, 2011, 13, 1}, "en", "Pagumen"},
      {{C::kCoptic, 1741, 1, 1}, "en", "Tout"},
      {{C::kIndian, 1946, 1, 1}, "en", "Chaitra"},
      {{C::kBuddhist, 2567, 3, 1}, "en", "March"},
      {{C::kBikramSambat, 2081, 1, 1}, "en", "Baisakh"},
      {{C::kBikramSambat, 2081, 1, 1}, "ne", "वैशाख"},
      {{C::kBikramSambat, 2081, 12, 1}, "fa", "Chaitra"},
      {{C::kGregorian, 2024, 3, 1}, "xx-unknown", "March"},
  };
  for (const Named& n : cases) EXPECT_EQ(MonthName(n.date, n.locale), n.name) << n.name;
}

TEST(DateNames, ErasFollowTheYearSign) {
  EXPECT_EQ(EraOf({C::kGregorian, 0, 1, 1}).era, "BC");
  EXPECT_EQ(EraOf({C::kGregorian, 0, 1, 1}).year, 1);
  EXPECT_EQ(EraOf({C::kEthiopic, 2017, 1, 1}).era, "AM");
  EXPECT_EQ(EraOf({C::kEthiopic, -10, 1, 1}).era, "AA");
  EXPECT_EQ(EraOf({C::kEthiopic, -10, 1, 1}).year, 5490);
  EXPECT_EQ(EraOf({C::kPersian, 1403, 1, 1}).era, "AP");
  EXPECT_EQ(EraOf({C::kBikramSambat, 2081, 1, 1}).era, "BS");
}

TEST(DateNames, DescribesNowruzAsAWednesday) {
  const auto d = Describe({C::kPersian, 1403, 1, 1});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->weekday, "Wednesday");
  EXPECT_EQ(ToText(*d), "Wednesday, 1 Farvardin 1403 AP");
  const auto dari = Describe({C::kPersian, 1403, 1, 1}, "fa-AF");
  EXPECT_EQ(dari->month_name, "حمل");
}

}  // namespace
}  // namespace verbatim::calendar
