#pragma once

// Internal to vb_calendar: the Hebrew calendar by its fixed arithmetic rules (the molad and the
// four postponements, as in Dershowitz and Reingold, "Calendrical Calculations"), used instead of
// ICU's. ICU before the fix of ICU-23069 (2025) postpones some new years by a day too many (Rosh
// Hashanah 5807 comes out as 2046-10-02, not 2046-10-01), and Debian 12 ships ICU 72;
// hebrew_calendar_test.cc shows where the two differ. Months are ordinal (Adar I = 6 and Adar II =
// 7 in leap years).

#include "calendar/calendar_date.h"

namespace verbatim::calendar::hebrew {

/// Days in `year`: 353–355, or 383–385 in a leap year.
int DaysInYear(int year);
/// Days in ordinal `month` (1..12 or 1..13) of `year`.
int DaysInMonth(int year, int month);
/// The day of a valid date.
Day ToDay(const CalendarDate& date);
/// The Hebrew date of `day`.
CalendarDate FromDay(Day day);

}  // namespace verbatim::calendar::hebrew
