#pragma once

#include <optional>
#include <string_view>

#include "base/result.h"
#include "calendar/calendar_date.h"

namespace verbatim::calendar {

enum class Season { kSpring, kSummer, kAutumn, kWinter };

/// A season word and the calendar its language implies: English and Arabic words mean
/// Gregorian seasons, Persian, Dari and Pashto words ("bahar", "زمستان", "psarlay") the seasons of
/// the Persian year.
struct SeasonWord {
  Season season;
  CalendarId calendar;
};

/// The season `word` names, if it names one (compared after NormalizeName).
std::optional<SeasonWord> FindSeasonWord(std::string_view word);

/// The days of `season` of `year`. Persian seasons are the quarters of the year (bahar =
/// Farvardin to Khordad). Gregorian (and Buddhist) ones are the meteorological seasons of the
/// northern hemisphere; winter is the one that begins in December of `year`, like zemestan.
/// InvalidArgument for other calendars.
Result<DayRange> SeasonRange(CalendarId calendar, Season season, int year);

}  // namespace verbatim::calendar
