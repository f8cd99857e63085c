#include "calendar/season.h"

#include <array>
#include <string>

#include "calendar/converter.h"
#include "calendar/name_text.h"

namespace verbatim::calendar {
namespace {

struct Word {
  std::string_view text;
  Season season;
  CalendarId calendar;
};

constexpr CalendarId kG = CalendarId::kGregorian;
constexpr CalendarId kP = CalendarId::kPersian;

constexpr std::array<Word, 31> kWords = {{
    {"spring", Season::kSpring, kG},
    {"summer", Season::kSummer, kG},
    {"autumn", Season::kAutumn, kG},
    {"fall", Season::kAutumn, kG},
    {"winter", Season::kWinter, kG},
    // Arabic (bare ربيع is left out: it is also the month Rabiʻ).
    {"الربيع", Season::kSpring, kG},
    {"صيف", Season::kSummer, kG},
    {"الصيف", Season::kSummer, kG},
    {"خريف", Season::kAutumn, kG},
    {"الخريف", Season::kAutumn, kG},
    {"شتاء", Season::kWinter, kG},
    {"الشتاء", Season::kWinter, kG},
    // Persian and Dari.
    {"bahar", Season::kSpring, kP},
    {"بهار", Season::kSpring, kP},
    {"tabestan", Season::kSummer, kP},
    {"tabistan", Season::kSummer, kP},
    {"تابستان", Season::kSummer, kP},
    {"paeez", Season::kAutumn, kP},
    {"paiz", Season::kAutumn, kP},
    {"payiz", Season::kAutumn, kP},
    {"پاییز", Season::kAutumn, kP},
    {"khazan", Season::kAutumn, kP},
    {"خزان", Season::kAutumn, kP},
    {"zemestan", Season::kWinter, kP},
    {"zemistan", Season::kWinter, kP},
    {"زمستان", Season::kWinter, kP},
    // Pashto.
    {"psarlay", Season::kSpring, kP},
    {"پسرلی", Season::kSpring, kP},
    {"اوړی", Season::kSummer, kP},
    {"منی", Season::kAutumn, kP},
    {"ژمی", Season::kWinter, kP},
}};

Result<Day> MonthStart(CalendarId calendar, int year, int month) {
  return ToDay({calendar, year, month, 1});
}

Result<Day> MonthEnd(CalendarId calendar, int year, int month) {
  VB_ASSIGN_OR_RETURN(const int days, DaysInMonth(calendar, year, month));
  return ToDay({calendar, year, month, days});
}

}  // namespace

std::optional<SeasonWord> FindSeasonWord(std::string_view word) {
  const std::string normalized = NormalizeName(word);
  for (const Word& w : kWords) {
    if (NormalizeName(w.text) == normalized) return SeasonWord{w.season, w.calendar};
  }
  return std::nullopt;
}

Result<DayRange> SeasonRange(CalendarId calendar, Season season, int year) {
  const int index = static_cast<int>(season);
  if (calendar == CalendarId::kPersian) {
    VB_ASSIGN_OR_RETURN(const Day first, MonthStart(calendar, year, 3 * index + 1));
    VB_ASSIGN_OR_RETURN(const Day last, MonthEnd(calendar, year, 3 * index + 3));
    return DayRange{first, last};
  }
  if (calendar == CalendarId::kGregorian || calendar == CalendarId::kBuddhist) {
    // Spring is March to May; winter runs from December into the next year's February.
    const int first_month = 3 * index + 3;
    const int last_month = first_month + 2;
    VB_ASSIGN_OR_RETURN(const Day first, MonthStart(calendar, year, first_month));
    const int end_year = last_month > 12 ? year + 1 : year;
    VB_ASSIGN_OR_RETURN(const Day last, MonthEnd(calendar, end_year, (last_month - 1) % 12 + 1));
    return DayRange{first, last};
  }
  return InvalidArgument("seasons are known for the gregorian and persian calendars, not " +
                         std::string(CalendarName(calendar)) + "; give a month instead");
}

}  // namespace verbatim::calendar
