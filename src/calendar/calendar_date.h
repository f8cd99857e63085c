#pragma once

#include <chrono>
#include <compare>

#include "calendar/calendar_id.h"

namespace verbatim::calendar {

/// A day, calendar-neutral: days since 1970-01-01 in the proleptic Gregorian calendar.
using Day = std::chrono::sys_days;

/// A date in one calendar. `year` counts in the calendar's current era (AD, AP, AH, Amete
/// Mihret, …) and may be 0 or negative before it; `month` is the ORDINAL position of the month in
/// its year, from 1: a Hebrew leap year has 13 months, Adar I = 6 and Adar II = 7.
struct CalendarDate {
  CalendarId calendar = CalendarId::kGregorian;
  int year = 1970;
  int month = 1;
  int day = 1;

  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

/// An inclusive span of days: what an approximate date ("spring 2019") stands for.
struct DayRange {
  Day first;
  Day last;

  friend bool operator==(const DayRange&, const DayRange&) = default;
};

}  // namespace verbatim::calendar
