#pragma once

#include <optional>
#include <string_view>

#include "base/result.h"
#include "calendar/calendar_date.h"

namespace verbatim::calendar {

/// How much of a date an applicant gave.
enum class Precision { kDay, kMonth, kSeason, kYear };

/// "day", "month", "season", "year".
std::string_view PrecisionName(Precision precision);

/// A date as an applicant gives it, and the Gregorian days it can mean.
struct ApproximateDate {
  CalendarId calendar = CalendarId::kGregorian;
  Precision precision = Precision::kDay;
  DayRange range;
};

/// Parses a date as applicants give it, leniently:
///   "2019", "1398-05", "1398-05-12"       numbers, in `calendar` (Gregorian if none);
///   "Ramadan 1440", "15 Hamal 1398"       a named month, with or without its day;
///   "spring 2019", "bahar 1398"           a season;
///   "1398 SH", "1440 AH", "2011 EC"      a year with its era.
/// Digits may be in any script (۱۳۹۸). A month name or era implies its calendar unless
/// `calendar` says otherwise; a name several calendars share ("Chaitra") goes to the one in which
/// the year falls between 1900 and 2100. Errors quote the text and say what was expected.
Result<ApproximateDate> ParseApproximateDate(std::string_view text,
                                             std::optional<CalendarId> calendar = std::nullopt);

}  // namespace verbatim::calendar
