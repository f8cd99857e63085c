#include "calendar/describe.h"

#include "calendar/converter.h"

namespace verbatim::calendar {

Result<DateDescription> Describe(const CalendarDate& date, std::string_view locale) {
  VB_ASSIGN_OR_RETURN(const Day day, ToDay(date));
  return DateDescription{date, day, EraOf(date), MonthName(date, locale),
                         WeekdayName(std::chrono::weekday(day), locale)};
}

std::string ToText(const DateDescription& d) {
  return d.weekday + ", " + std::to_string(d.date.day) + " " + d.month_name + " " +
         std::to_string(d.era.year) + " " + d.era.era;
}

}  // namespace verbatim::calendar
