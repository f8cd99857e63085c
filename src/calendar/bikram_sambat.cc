#include "calendar/bikram_sambat.h"

#include <algorithm>
#include <string>
#include <vector>

#include "calendar/converter.h"

namespace verbatim::calendar::bikram_sambat {
namespace {

using std::chrono::days;

// The day each table year begins, and one past the last: built once from the table.
const std::vector<Day>& YearStarts() {
  static const std::vector<Day> starts = [] {
    std::vector<Day> s;
    Day day = TableStart();
    for (const auto& year : MonthLengthTable()) {
      s.push_back(day);
      for (unsigned char length : year) day += days(length);
    }
    s.push_back(day);
    return s;
  }();
  return starts;
}

std::string RangeText() {
  return "bikram-sambat dates are known from 1 Baisakh " + std::to_string(kFirstYear) + " (" +
         IsoDay(YearStarts().front()) + ") to the end of " + std::to_string(kLastYear) + " (" +
         IsoDay(YearStarts().back() - days(1)) +
         "): Nepal's month lengths follow no formula, and Verbatim's table stops there";
}

}  // namespace

Day TableStart() {
  using namespace std::chrono;
  return sys_days(year(1913) / April / 13);
}

Status CheckYear(int year) {
  if (year < kFirstYear || year > kLastYear) {
    return InvalidArgument("the year " + std::to_string(year) +
                           " is outside the table: " + RangeText());
  }
  return Status::Ok();
}

int DaysInMonth(int year, int month) { return MonthLengthTable()[year - kFirstYear][month - 1]; }

Day ToDay(const CalendarDate& date) {
  Day day = YearStarts()[date.year - kFirstYear];
  for (int m = 1; m < date.month; ++m) day += days(DaysInMonth(date.year, m));
  return day + days(date.day - 1);
}

Result<CalendarDate> FromDay(Day day) {
  const auto& starts = YearStarts();
  if (day < starts.front() || day >= starts.back()) {
    return InvalidArgument(IsoDay(day) + " has no bikram-sambat date in Verbatim: " + RangeText());
  }
  // The last year start not after `day`.
  const auto it = std::upper_bound(starts.begin(), starts.end(), day) - 1;
  CalendarDate date{CalendarId::kBikramSambat, kFirstYear + static_cast<int>(it - starts.begin()),
                    1, 1};
  int offset = static_cast<int>((day - *it).count());
  while (offset >= DaysInMonth(date.year, date.month)) {
    offset -= DaysInMonth(date.year, date.month);
    ++date.month;
  }
  date.day = offset + 1;
  return date;
}

}  // namespace verbatim::calendar::bikram_sambat
