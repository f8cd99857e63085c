#include "calendar/month_lookup.h"

#include <gtest/gtest.h>

#include "calendar/name_text.h"

namespace verbatim::calendar {
namespace {

using C = CalendarId;

TEST(NameText, SpellingVariantsMeet) {
  EXPECT_EQ(NormalizeName("Rabiʻ al-Awwal"), NormalizeName("rabi al awwal"));
  EXPECT_EQ(NormalizeName("ربيع الأول"), NormalizeName("ربیع‌الاول"));
  EXPECT_EQ(NormalizeName("Jawzā"), NormalizeName("JAWZA"));
  EXPECT_EQ(NormalizeName("سنبلهٔ"), NormalizeName("سنبله"));
  EXPECT_EQ(AsciiDigits("حمل ۱۳۹۸"), "حمل 1398");
  EXPECT_EQ(AsciiDigits("١٤٤٠ २०८१"), "1440 2081");
}

struct Lookup {
  const char* name;
  C calendar;
  int key;
};

TEST(MonthLookup, FindsNamesInEveryScriptAndCommonSpelling) {
  const Lookup cases[] = {
      {"Ramadan", C::kIslamicUmalqura, 8},
      {"Ramazan", C::kIslamicUmalqura, 8},
      {"رمضان", C::kIslamicUmalqura, 8},
      {"Rabi ul-Awwal", C::kIslamicUmalqura, 2},
      {"Dhul Hijjah", C::kIslamicUmalqura, 11},
      {"Hamal", C::kPersian, 0},
      {"Saur", C::kPersian, 1},
      {"حمل", C::kPersian, 0},
      {"وری", C::kPersian, 0},
      {"Farvardin", C::kPersian, 0},
      {"فروردین", C::kPersian, 0},
      {"Esfand", C::kPersian, 11},
      {"Meskerem", C::kEthiopic, 0},
      {"Pagume", C::kEthiopic, 12},
      {"Thout", C::kCoptic, 0},
      {"Adar II", C::kHebrew, 13},
      {"Nisan", C::kHebrew, 7},
      {"Baishakh", C::kBikramSambat, 0},
      {"जेठ", C::kBikramSambat, 1},
      {"march", C::kGregorian, 2},
      {"Sept", C::kGregorian, 8},
      {"نيسان", C::kGregorian, 3},
  };
  for (const Lookup& c : cases) {
    const auto matches = FindMonthName(c.name);
    ASSERT_EQ(matches.size(), 1u) << c.name;
    EXPECT_EQ(matches[0], (MonthNameMatch{c.calendar, c.key})) << c.name;
  }
}

TEST(MonthLookup, SharedNamesReturnEveryCalendar) {
  const auto chaitra = FindMonthName("Chaitra");
  EXPECT_EQ(chaitra.size(), 2u);
  const auto tir = FindMonthName("Tir");
  EXPECT_EQ(tir.size(), 2u);  // Persian month 4, Ethiopic month 5
  // Tigrinya names Gregorian months with the Ge'ez names: September in Eritrea.
  const auto meskerem = FindMonthName("መስከረም");
  EXPECT_EQ(meskerem.size(), 2u);
  EXPECT_EQ(FindMonthName("वैशाख").size(), 2u);  // Hindi (Saka) and Nepali (Bikram Sambat)
  EXPECT_TRUE(FindMonthName("Blah").empty());
}

TEST(MonthLookup, AdarSpansBothAdarsInALeapYear) {
  EXPECT_EQ(*ResolveMonth(C::kHebrew, 6, 5784), (std::pair{6, 7}));
  EXPECT_EQ(*ResolveMonth(C::kHebrew, 6, 5785), (std::pair{6, 6}));
  EXPECT_EQ(*ResolveMonth(C::kHebrew, 13, 5784), (std::pair{7, 7}));
  EXPECT_EQ(*ResolveMonth(C::kHebrew, 7, 5784), (std::pair{8, 8}));  // Nisan
  EXPECT_EQ(*ResolveMonth(C::kHebrew, 7, 5785), (std::pair{7, 7}));
  EXPECT_FALSE(ResolveMonth(C::kHebrew, 13, 5785).ok());
  EXPECT_FALSE(ResolveMonth(C::kHebrew, 5, 5785).ok());
}

}  // namespace
}  // namespace verbatim::calendar
