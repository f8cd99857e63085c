#include "calendar/age.h"

#include <string>

#include "calendar/converter.h"

namespace verbatim::calendar {

int CompletedYears(Day born, Day on) {
  using std::chrono::year_month_day;
  const year_month_day b(born);
  const year_month_day o(on);
  int years = static_cast<int>(o.year()) - static_cast<int>(b.year());
  if (o.month() < b.month() || (o.month() == b.month() && o.day() < b.day())) --years;
  return years;
}

Result<AgeRange> AgeOn(const DayRange& born, const DayRange& on) {
  if (on.last < born.first) {
    return InvalidArgument("the date " + IsoDay(on.last) + " is before the birth (" +
                           IsoDay(born.first) + " at the earliest)");
  }
  AgeRange age;
  age.max = CompletedYears(born.first, on.last);
  age.min = born.last <= on.first ? CompletedYears(born.last, on.first) : 0;
  return age;
}

}  // namespace verbatim::calendar
