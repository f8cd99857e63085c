#pragma once

#include <string>

#include "base/result.h"
#include "calendar/calendar_date.h"

namespace verbatim::calendar {

/// The years a date may be given in: wide enough for any applicant's history, narrow enough that
/// no calendar arithmetic overflows.
inline constexpr int kMinYear = 1;
inline constexpr int kMaxYear = 9999;

/// The number of months in `year` of `calendar`: 12, or 13 for ethiopic, coptic and Hebrew leap
/// years.
Result<int> MonthsInYear(CalendarId calendar, int year);

/// The number of days in ordinal `month` of `year`; InvalidArgument when the month does not
/// exist.
Result<int> DaysInMonth(CalendarId calendar, int year, int month);

/// Ok when `date` exists. The error says why it does not, naming the month and its length
/// ("day 30 does not exist: Esfand 1398 has 29 days").
Status Validate(const CalendarDate& date);

/// The day `date` falls on; validates it first.
Result<Day> ToDay(const CalendarDate& date);

/// The date `day` falls on in `calendar` (bikram-sambat refuses days outside its table).
Result<CalendarDate> FromDay(CalendarId calendar, Day day);

/// `date` in the calendar `to`.
Result<CalendarDate> Convert(const CalendarDate& date, CalendarId to);

/// The day as ISO 8601 ("2024-03-20"), in the proleptic Gregorian calendar.
std::string IsoDay(Day day);

}  // namespace verbatim::calendar
