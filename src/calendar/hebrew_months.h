#pragma once

// Internal to vb_calendar. ICU numbers Hebrew months 0..12 with Adar I = 5 present only in leap
// years (a gap in common years), and ICU 72 has no UCAL_ORDINAL_MONTH; Verbatim reports months
// by ordinal position. These functions are the one place that maps between the two.

namespace verbatim::calendar::hebrew {

/// ICU's month index of Adar I, which common years skip.
inline constexpr int kIcuAdarI = 5;
/// ICU's month index of Adar (Adar II in a leap year).
inline constexpr int kIcuAdar = 6;
/// The index of "Adar II" in ICU's Hebrew month-name array (names only, never a field value).
inline constexpr int kIcuAdarIIName = 13;

/// The 19-year Metonic cycle: years 3, 6, 8, 11, 14, 17 and 19 of a cycle have 13 months.
constexpr bool IsLeapYear(long long year) {
  const long long r = (7 * year + 1) % 19;
  return (r < 0 ? r + 19 : r) < 7;
}

constexpr int MonthsInYear(long long year) { return IsLeapYear(year) ? 13 : 12; }

/// ICU's 0-based month for an ordinal month (1..12 or 1..13) of `year`.
constexpr int IcuMonth(long long year, int ordinal) {
  if (IsLeapYear(year) || ordinal <= kIcuAdarI) return ordinal - 1;
  return ordinal;
}

/// The ordinal month (from 1) of ICU's 0-based month in `year`.
constexpr int OrdinalMonth(long long year, int icu_month) {
  if (IsLeapYear(year) || icu_month < kIcuAdarI) return icu_month + 1;
  return icu_month;
}

}  // namespace verbatim::calendar::hebrew
