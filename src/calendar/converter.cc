#include "calendar/converter.h"

#include <cstdio>

#include "calendar/bikram_sambat.h"
#include "calendar/date_names.h"
#include "calendar/hebrew_calendar.h"
#include "calendar/hebrew_months.h"
#include "calendar/icu_calendar.h"

namespace verbatim::calendar {
namespace {

namespace chr = std::chrono;

// Gregorian dates go through std::chrono: proleptic, exact, and no ICU Julian switch in 1582.
// Hebrew ones through hebrew_calendar.cc (ICU 72 has a known error there); the rest through ICU.
chr::year_month_day Ymd(const CalendarDate& date) {
  return chr::year(date.year) / chr::month(static_cast<unsigned>(date.month)) /
         chr::day(static_cast<unsigned>(date.day));
}

int GregorianDaysInMonth(int year, int month) {
  const chr::year_month_day_last last(
      chr::year(year), chr::month_day_last(chr::month(static_cast<unsigned>(month))));
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::string MonthLabel(const CalendarDate& date) {
  return MonthName(date, "en") + " " + std::to_string(date.year);
}

Status CheckYear(CalendarId calendar, int year) {
  if (year < kMinYear || year > kMaxYear) {
    return InvalidArgument("the year " + std::to_string(year) + " is outside the years " +
                           std::to_string(kMinYear) + " to " + std::to_string(kMaxYear) +
                           " that Verbatim converts");
  }
  if (calendar == CalendarId::kBikramSambat) return bikram_sambat::CheckYear(year);
  return Status::Ok();
}

}  // namespace

Result<int> MonthsInYear(CalendarId calendar, int year) {
  VB_RETURN_IF_ERROR(CheckYear(calendar, year));
  switch (calendar) {
    case CalendarId::kGregorian:
    case CalendarId::kBikramSambat:
      return 12;
    case CalendarId::kHebrew:
      return hebrew::MonthsInYear(year);
    default:
      return icu_backend::MonthsInYear(calendar, year);
  }
}

Result<int> DaysInMonth(CalendarId calendar, int year, int month) {
  VB_ASSIGN_OR_RETURN(const int months, MonthsInYear(calendar, year));
  if (month < 1 || month > months) {
    std::string why = "month " + std::to_string(month) +
                      " does not exist: " + std::string(CalendarName(calendar)) + " " +
                      std::to_string(year) + " has " + std::to_string(months) + " months";
    if (calendar == CalendarId::kHebrew && months == 12) why += " (it is not a leap year)";
    return InvalidArgument(why);
  }
  switch (calendar) {
    case CalendarId::kGregorian:
      return GregorianDaysInMonth(year, month);
    case CalendarId::kBikramSambat:
      return bikram_sambat::DaysInMonth(year, month);
    case CalendarId::kHebrew:
      return hebrew::DaysInMonth(year, month);
    default:
      return icu_backend::DaysInMonth(calendar, year, month);
  }
}

Status Validate(const CalendarDate& date) {
  VB_ASSIGN_OR_RETURN(const int days, DaysInMonth(date.calendar, date.year, date.month));
  if (date.day < 1 || date.day > days) {
    return InvalidArgument("day " + std::to_string(date.day) + " does not exist: " +
                           MonthLabel(date) + " has " + std::to_string(days) + " days");
  }
  return Status::Ok();
}

Result<Day> ToDay(const CalendarDate& date) {
  VB_RETURN_IF_ERROR(Validate(date));
  switch (date.calendar) {
    case CalendarId::kGregorian:
      return Day(Ymd(date));
    case CalendarId::kBikramSambat:
      return bikram_sambat::ToDay(date);
    case CalendarId::kHebrew:
      return hebrew::ToDay(date);
    default:
      return icu_backend::ToDay(date);
  }
}

Result<CalendarDate> FromDay(CalendarId calendar, Day day) {
  switch (calendar) {
    case CalendarId::kGregorian: {
      const chr::year_month_day ymd(day);
      return CalendarDate{calendar, static_cast<int>(ymd.year()),
                          static_cast<int>(static_cast<unsigned>(ymd.month())),
                          static_cast<int>(static_cast<unsigned>(ymd.day()))};
    }
    case CalendarId::kBikramSambat:
      return bikram_sambat::FromDay(day);
    case CalendarId::kHebrew:
      return hebrew::FromDay(day);
    default:
      return icu_backend::FromDay(calendar, day);
  }
}

Result<CalendarDate> Convert(const CalendarDate& date, CalendarId to) {
  VB_ASSIGN_OR_RETURN(const Day day, ToDay(date));
  return FromDay(to, day);
}

std::string IsoDay(Day day) {
  const chr::year_month_day ymd(day);
  const int year = static_cast<int>(ymd.year());
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, year < 0 ? "%05d-%02u-%02u" : "%04d-%02u-%02u", year,
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

}  // namespace verbatim::calendar
