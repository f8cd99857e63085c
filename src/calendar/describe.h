#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/calendar_date.h"
#include "calendar/date_names.h"

namespace verbatim::calendar {

/// A date with what a reader needs beside its numbers.
struct DateDescription {
  CalendarDate date;
  Day day;      // the same day, calendar-neutral
  EraYear era;  // era and the year counted in it
  std::string month_name;
  std::string weekday;
};

/// Describes a valid `date`, names in `locale` (see MonthName).
Result<DateDescription> Describe(const CalendarDate& date, std::string_view locale = "en");

/// "Wednesday, 1 Farvardin 1403 AP": the readable form.
std::string ToText(const DateDescription& description);

}  // namespace verbatim::calendar
