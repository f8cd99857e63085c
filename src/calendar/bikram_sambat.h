#pragma once

// Bikram Sambat (Vikram Samvat), Nepal's official calendar. Its month lengths follow the
// sun's passage through the zodiac as Nepal's calendar committee determines it, with no closed
// formula, and ICU lacks it: Verbatim converts from a published table of month lengths
// (bikram_sambat_table.cc) and refuses dates outside it.

#include <array>
#include <span>

#include "base/result.h"
#include "calendar/calendar_date.h"

namespace verbatim::calendar::bikram_sambat {

/// The first and last years the table covers.
inline constexpr int kFirstYear = 1970;
inline constexpr int kLastYear = 2090;

/// The lengths of the 12 months of each year from kFirstYear to kLastYear.
std::span<const std::array<unsigned char, 12>> MonthLengthTable();

/// The Gregorian day of 1 Baisakh kFirstYear (1913-04-13).
Day TableStart();

/// Whether `year` is in the table; the error says which years are.
Status CheckYear(int year);
/// The days of `month` (1..12) of `year`; the year must be in the table.
int DaysInMonth(int year, int month);
/// The day of a valid date.
Day ToDay(const CalendarDate& date);
/// The date of `day`; InvalidArgument outside the table.
Result<CalendarDate> FromDay(Day day);

}  // namespace verbatim::calendar::bikram_sambat
