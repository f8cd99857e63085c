#include "calendar/hebrew_calendar.h"

#include <cstdint>

#include "calendar/hebrew_months.h"

namespace verbatim::calendar::hebrew {
namespace {

// Days are counted as in Calendrical Calculations ("R.D.", 1 = 0001-01-01 Gregorian).
constexpr int64_t kEpoch = -1373427;     // R.D. of 1 Tishri AM 1
constexpr int64_t kUnixEpoch = 719163;   // R.D. of 1970-01-01
constexpr int64_t kPartsPerDay = 25920;  // 24 hours of 1080 parts
constexpr int64_t kMonthParts = 13753;   // a lunation beyond 29 days, in parts
constexpr int64_t kFirstMolad = 12084;   // molad of Tishri AM 1, from the epoch's noon

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t Mod(int64_t a, int64_t b) { return a - b * FloorDiv(a, b); }

// Days from the epoch to the molad-based new year, with the postponement that keeps Rosh
// Hashanah off Sunday, Wednesday and Friday (and the molad zaken, folded into the constants).
int64_t ElapsedDays(int64_t year) {
  const int64_t months = FloorDiv(235 * year - 234, 19);
  const int64_t parts = kFirstMolad + kMonthParts * months;
  const int64_t day = 29 * months + FloorDiv(parts, kPartsPerDay);
  return Mod(3 * (day + 1), 7) < 3 ? day + 1 : day;
}

// The two postponements that forbid years of 356 and 382 days.
int64_t YearLengthCorrection(int64_t year) {
  const int64_t before = ElapsedDays(year - 1);
  const int64_t now = ElapsedDays(year);
  const int64_t after = ElapsedDays(year + 1);
  if (after - now == 356) return 2;
  if (now - before == 382) return 1;
  return 0;
}

int64_t NewYear(int64_t year) { return kEpoch + ElapsedDays(year) + YearLengthCorrection(year); }

}  // namespace

int DaysInYear(int year) { return static_cast<int>(NewYear(year + 1) - NewYear(year)); }

int DaysInMonth(int year, int month) {
  // Months by name, Tishri = 1 … Elul = 13, counting Adar I as 6 even in common years.
  const int named = IsLeapYear(year) || month <= kIcuAdarI ? month : month + 1;
  const int length = DaysInYear(year);
  switch (named) {
    case 2:
      return length % 10 == 5 ? 30 : 29;  // Heshvan is long in complete years
    case 3:
      return length % 10 == 3 ? 29 : 30;  // Kislev is short in deficient years
    case 1:
    case 5:
    case 6:
    case 8:
    case 10:
    case 12:
      return 30;
    default:
      return 29;
  }
}

Day ToDay(const CalendarDate& date) {
  int64_t rd = NewYear(date.year) + date.day - 1;
  for (int m = 1; m < date.month; ++m) rd += DaysInMonth(date.year, m);
  return Day(std::chrono::days(rd - kUnixEpoch));
}

CalendarDate FromDay(Day day) {
  const int64_t rd = day.time_since_epoch().count() + kUnixEpoch;
  // A mean year is 35975351/98496 days; the estimate is at most one year off.
  int64_t year = FloorDiv((rd - kEpoch) * 98496, 35975351) + 1;
  while (NewYear(year) > rd) --year;
  while (NewYear(year + 1) <= rd) ++year;
  CalendarDate date{CalendarId::kHebrew, static_cast<int>(year), 1, 1};
  int64_t offset = rd - NewYear(year);
  while (offset >= DaysInMonth(date.year, date.month)) {
    offset -= DaysInMonth(date.year, date.month);
    ++date.month;
  }
  date.day = static_cast<int>(offset) + 1;
  return date;
}

}  // namespace verbatim::calendar::hebrew
