#pragma once

#include <span>
#include <string>
#include <string_view>

#include "base/result.h"

namespace verbatim::calendar {

/// The calendars applicants give dates in (AS-2). Names follow CLDR/ICU ("islamic-civil"),
/// except bikram-sambat, which ICU lacks.
enum class CalendarId {
  kGregorian,
  kPersian,          // Solar Hijri, Iran and Afghanistan
  kIslamicCivil,     // tabular Hijri
  kIslamicUmalqura,  // Saudi Umm al-Qura
  kEthiopic,         // Amete Mihret
  kHebrew,
  kBuddhist,  // Thai solar
  kCoptic,
  kIndian,        // Indian national (Saka)
  kBikramSambat,  // Nepal
};

/// How many calendars there are.
inline constexpr int kCalendarCount = 10;

/// Every calendar, in the order help texts list them.
std::span<const CalendarId> AllCalendars();

/// The stable name ("persian", "islamic-umalqura", "bikram-sambat").
std::string_view CalendarName(CalendarId id);

/// Parses a calendar name, case-insensitively, accepting a few common aliases ("jalali",
/// "hijri", "nepali"); InvalidArgument listing the known names otherwise.
Result<CalendarId> ParseCalendarId(std::string_view name);

/// "gregorian, persian, …": for help and error texts.
std::string CalendarNameList();

/// The ICU calendar keyword ("@calendar=persian") of `id`; nullptr for Bikram Sambat, which
/// ICU lacks. The names are the same as CalendarName's.
const char* IcuCalendarKeyword(CalendarId id);

}  // namespace verbatim::calendar
