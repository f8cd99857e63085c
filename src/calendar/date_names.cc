#include "calendar/date_names.h"

#include <unicode/locid.h>

#include "calendar/hebrew_months.h"
#include "calendar/icu_symbols.h"

namespace verbatim::calendar {
namespace {

// The Dari names in one common English transliteration (month_lookup.cc accepts the usual
// variants: Saur, Jauza, Sonbola, …); ICU has them in Dari script under fa_AF only.
constexpr std::array<std::string_view, 12> kAfghan = {
    "Hamal", "Sawr",  "Jawza", "Saratan", "Asad", "Sunbula",
    "Mizan", "Aqrab", "Qaws",  "Jadi",    "Dalw", "Hut",
};

// The names on Nepal's official calendars (month 1 is Baisakh, in mid-April).
constexpr std::array<std::string_view, 12> kBikramSambat = {
    "Baisakh", "Jestha",  "Asar",  "Shrawan", "Bhadra", "Ashwin",
    "Kartik",  "Mangsir", "Poush", "Magh",    "Falgun", "Chaitra",
};
constexpr std::array<std::string_view, 12> kBikramSambatNepali = {
    "वैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ", "फागुन", "चैत",
};

struct LanguageCountry {
  std::string language;
  std::string country;
};

LanguageCountry Parse(std::string_view tag) {
  const icu::Locale locale(icu_names::LocaleId(tag).c_str());
  return {locale.getLanguage(), locale.getCountry()};
}

// ICU's index into its month-name array for an ordinal month.
int IcuNameIndex(const CalendarDate& date) {
  if (date.calendar != CalendarId::kHebrew) return date.month - 1;
  const int icu = hebrew::IcuMonth(date.year, date.month);
  // ICU names month 6 "Adar" in a common year and "Adar II" in a leap year.
  if (icu == hebrew::kIcuAdar && hebrew::IsLeapYear(date.year)) return hebrew::kIcuAdarIIName;
  return icu;
}

}  // namespace

const std::array<std::string_view, 12>& AfghanMonthNames() { return kAfghan; }
const std::array<std::string_view, 12>& BikramSambatMonthNames() { return kBikramSambat; }
const std::array<std::string_view, 12>& BikramSambatMonthNamesNepali() {
  return kBikramSambatNepali;
}

EraYear EraOf(const CalendarDate& date) {
  const int y = date.year;
  switch (date.calendar) {
    case CalendarId::kGregorian:
      return y >= 1 ? EraYear{"AD", y} : EraYear{"BC", 1 - y};
    case CalendarId::kPersian:
      return {"AP", y};
    case CalendarId::kIslamicCivil:
    case CalendarId::kIslamicUmalqura:
      return {"AH", y};
    // Amete Alem counts from the creation, 5500 years before Amete Mihret.
    case CalendarId::kEthiopic:
      return y >= 1 ? EraYear{"AM", y} : EraYear{"AA", y + 5500};
    case CalendarId::kHebrew:
      return {"AM", y};
    case CalendarId::kBuddhist:
      return {"BE", y};
    // Anno Martyrum, and before it the years before Diocletian.
    case CalendarId::kCoptic:
      return y >= 1 ? EraYear{"AM", y} : EraYear{"BD", 1 - y};
    case CalendarId::kIndian:
      return {"Saka", y};
    case CalendarId::kBikramSambat:
      return {"BS", y};
  }
  return {"", y};
}

std::string MonthName(const CalendarDate& date, std::string_view locale) {
  const LanguageCountry lc = Parse(locale);
  const int ordinal = date.month;
  if (date.calendar == CalendarId::kBikramSambat) {
    if (ordinal < 1 || ordinal > 12) return std::to_string(ordinal);
    return std::string(lc.language == "ne" ? kBikramSambatNepali[ordinal - 1]
                                           : kBikramSambat[ordinal - 1]);
  }
  if (date.calendar == CalendarId::kPersian && lc.language == "en" && lc.country == "AF") {
    if (ordinal < 1 || ordinal > 12) return std::to_string(ordinal);
    return std::string(kAfghan[ordinal - 1]);
  }
  const int index = IcuNameIndex(date);
  std::vector<std::string> names = icu_names::MonthNames(date.calendar, locale);
  if (names.empty()) names = icu_names::MonthNames(date.calendar, "en");
  if (index < 0 || index >= static_cast<int>(names.size())) return std::to_string(ordinal);
  return names[index];
}

std::string WeekdayName(std::chrono::weekday weekday, std::string_view locale) {
  std::vector<std::string> names = icu_names::WeekdayNames(locale);
  if (names.size() != 7) names = icu_names::WeekdayNames("en");
  if (names.size() != 7) return std::to_string(weekday.c_encoding());
  return names[weekday.c_encoding()];
}

}  // namespace verbatim::calendar
