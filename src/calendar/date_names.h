#pragma once

#include <array>
#include <chrono>
#include <string>
#include <string_view>

#include "calendar/calendar_date.h"

namespace verbatim::calendar {

/// The era a date's year counts in and the year within it.
struct EraYear {
  std::string era;  // "AD", "BC", "AP", "AH", "AM", "AA", "BE", "Saka", "BS"
  int year = 0;
};

/// The era of `date` (Amete Mihret "AM" or Amete Alem "AA" for ethiopic, "BC" before AD 1, …).
EraYear EraOf(const CalendarDate& date);

/// The name of `date`'s month in `locale` (a BCP 47 tag: "en", "fa", "fa-AF", "ps", "ar", "am",
/// "he", "ne", …). Persian months take the Iranian names in "en" and "fa" (Farvardin,
/// فروردین) and the Afghan ones in "en-AF" (Hamal), "fa-AF" (Dari, حمل) and "ps" (Pashto,
/// وری). In a Hebrew leap year, month 6 is "Adar I" and month 7 "Adar II". Bikram Sambat months
/// are English except in "ne". A locale ICU does not know falls back to English.
std::string MonthName(const CalendarDate& date, std::string_view locale = "en");

/// The weekday's name in `locale` ("Wednesday").
std::string WeekdayName(std::chrono::weekday weekday, std::string_view locale = "en");

/// The Afghan month names of the Persian calendar in English transliteration (Hamal … Hut),
/// which ICU does not carry.
const std::array<std::string_view, 12>& AfghanMonthNames();

/// Bikram Sambat month names in English (Baisakh … Chaitra) and in Nepali (वैशाख … चैत).
const std::array<std::string_view, 12>& BikramSambatMonthNames();
const std::array<std::string_view, 12>& BikramSambatMonthNamesNepali();

}  // namespace verbatim::calendar
