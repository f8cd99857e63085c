#pragma once

// Internal to vb_calendar: the calendars converter.cc leaves to ICU, which is all but gregorian
// (std::chrono), hebrew (hebrew_calendar.cc, because of ICU-23069) and bikram-sambat (a table).
// Hebrew still works here, for hebrew_calendar_test.cc's comparison. Dates passed in are already
// validated; months are ordinal.

#include "base/result.h"
#include "calendar/calendar_date.h"

namespace verbatim::calendar::icu_backend {

/// The number of months in `year`: 13 for ethiopic and coptic, 12 or 13 for hebrew.
Result<int> MonthsInYear(CalendarId calendar, int year);
/// The number of days of ordinal `month` of `year`; the month must exist.
Result<int> DaysInMonth(CalendarId calendar, int year, int month);
/// The day of a date that exists.
Result<Day> ToDay(const CalendarDate& date);
/// The date of `day` in `calendar`.
Result<CalendarDate> FromDay(CalendarId calendar, Day day);

}  // namespace verbatim::calendar::icu_backend
