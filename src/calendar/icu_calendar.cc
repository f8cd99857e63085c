#include "calendar/icu_calendar.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <array>
#include <cmath>
#include <memory>
#include <string>

#include "calendar/hebrew_months.h"

namespace verbatim::calendar::icu_backend {
namespace {

constexpr double kMillisPerDay = 86400000.0;

// Gregorian days are counted directly, Bikram Sambat by its table: neither goes through ICU.
const char* IcuKeywordOrNull(CalendarId calendar) {
  return calendar == CalendarId::kGregorian ? nullptr : IcuCalendarKeyword(calendar);
}

// One prototype per calendar, built once and only read afterwards; every call works on its own
// clone because an icu::Calendar is not safe to mutate from two threads.
std::unique_ptr<icu::Calendar> MakePrototype(CalendarId calendar) {
  const char* type = IcuKeywordOrNull(calendar);
  if (type == nullptr) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  const std::string locale = std::string("en@calendar=") + type;
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status) || !cal || std::string(cal->getType()) != type) return nullptr;
  // The Buddhist calendar is ICU's Gregorian one with a Julian part before 1582; applicants'
  // dates, like @internationalized/date, are proleptic Gregorian.
  if (auto* gregorian = dynamic_cast<icu::GregorianCalendar*>(cal.get())) {
    gregorian->setGregorianChange(-8.64e15, status);
  }
  cal->setLenient(true);
  return U_FAILURE(status) ? nullptr : std::move(cal);
}

Result<std::unique_ptr<icu::Calendar>> NewCalendar(CalendarId calendar) {
  static const auto prototypes = [] {
    std::array<std::unique_ptr<icu::Calendar>, kCalendarCount> p;
    for (CalendarId id : AllCalendars()) p[static_cast<int>(id)] = MakePrototype(id);
    return p;
  }();
  const auto& prototype = prototypes[static_cast<int>(calendar)];
  if (!prototype) {
    return Internal("ICU provides no " + std::string(CalendarName(calendar)) + " calendar");
  }
  return std::unique_ptr<icu::Calendar>(prototype->clone());
}

int IcuMonth(CalendarId calendar, int year, int ordinal) {
  return calendar == CalendarId::kHebrew ? hebrew::IcuMonth(year, ordinal) : ordinal - 1;
}

// Sets the year counted in the calendar's current era. ICU's Buddhist calendar takes
// UCAL_EXTENDED_YEAR as a Gregorian year, so it alone gets UCAL_YEAR.
void SetYear(icu::Calendar& cal, CalendarId calendar, int year) {
  if (calendar == CalendarId::kBuddhist) {
    cal.set(UCAL_ERA, 0);
    cal.set(UCAL_YEAR, year);
  } else {
    cal.set(UCAL_EXTENDED_YEAR, year);
  }
}

Result<std::unique_ptr<icu::Calendar>> AtMonthStart(CalendarId calendar, int year, int month) {
  VB_ASSIGN_OR_RETURN(auto cal, NewCalendar(calendar));
  cal->clear();
  SetYear(*cal, calendar, year);
  cal->set(UCAL_MONTH, IcuMonth(calendar, year, month));
  cal->set(UCAL_DATE, 1);
  return cal;
}

Status IcuFailure(UErrorCode status, const char* what) {
  return Internal(std::string("ICU could not ") + what + ": " + u_errorName(status));
}

}  // namespace

Result<int> MonthsInYear(CalendarId calendar, int year) {
  if (calendar == CalendarId::kHebrew) return hebrew::MonthsInYear(year);
  VB_ASSIGN_OR_RETURN(auto cal, AtMonthStart(calendar, year, 1));
  UErrorCode status = U_ZERO_ERROR;
  const int max = cal->getActualMaximum(UCAL_MONTH, status);
  if (U_FAILURE(status)) return IcuFailure(status, "count the months of a year");
  return max + 1;
}

Result<int> DaysInMonth(CalendarId calendar, int year, int month) {
  VB_ASSIGN_OR_RETURN(auto cal, AtMonthStart(calendar, year, month));
  UErrorCode status = U_ZERO_ERROR;
  const int days = cal->getActualMaximum(UCAL_DATE, status);
  if (U_FAILURE(status)) return IcuFailure(status, "count the days of a month");
  return days;
}

Result<Day> ToDay(const CalendarDate& date) {
  VB_ASSIGN_OR_RETURN(auto cal, AtMonthStart(date.calendar, date.year, date.month));
  cal->set(UCAL_DATE, date.day);
  UErrorCode status = U_ZERO_ERROR;
  const UDate millis = cal->getTime(status);
  if (U_FAILURE(status)) return IcuFailure(status, "compute a date");
  return Day(std::chrono::days(static_cast<long>(std::floor(millis / kMillisPerDay))));
}

Result<CalendarDate> FromDay(CalendarId calendar, Day day) {
  VB_ASSIGN_OR_RETURN(auto cal, NewCalendar(calendar));
  UErrorCode status = U_ZERO_ERROR;
  cal->setTime(static_cast<double>(day.time_since_epoch().count()) * kMillisPerDay, status);
  CalendarDate date{calendar, 0, 0, 0};
  date.year = cal->get(calendar == CalendarId::kBuddhist ? UCAL_YEAR : UCAL_EXTENDED_YEAR, status);
  const int icu_month = cal->get(UCAL_MONTH, status);
  date.day = cal->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return IcuFailure(status, "read a date");
  date.month =
      calendar == CalendarId::kHebrew ? hebrew::OrdinalMonth(date.year, icu_month) : icu_month + 1;
  return date;
}

}  // namespace verbatim::calendar::icu_backend
