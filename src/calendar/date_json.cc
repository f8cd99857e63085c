#include "calendar/date_json.h"

#include <string>

#include "calendar/converter.h"

namespace verbatim::calendar {
namespace {

nlohmann::ordered_json RangeJson(const DayRange& range) {
  return {{"first", IsoDay(range.first)}, {"last", IsoDay(range.last)}};
}

}  // namespace

nlohmann::ordered_json ToJson(const DateDescription& d) {
  return {{"calendar", std::string(CalendarName(d.date.calendar))},
          {"year", d.era.year},
          {"month", d.date.month},
          {"day", d.date.day},
          {"era", d.era.era},
          {"month_name", d.month_name},
          {"weekday", d.weekday}};
}

nlohmann::ordered_json ToJson(std::string_view input, const ApproximateDate& date) {
  return {{"input", std::string(input)},
          {"calendar", std::string(CalendarName(date.calendar))},
          {"precision", std::string(PrecisionName(date.precision))},
          {"first", IsoDay(date.range.first)},
          {"last", IsoDay(date.range.last)}};
}

nlohmann::ordered_json ToJson(const DayRange& born, const DayRange& on, const AgeRange& age) {
  return {{"born", RangeJson(born)}, {"on", RangeJson(on)}, {"min", age.min}, {"max", age.max}};
}

}  // namespace verbatim::calendar
