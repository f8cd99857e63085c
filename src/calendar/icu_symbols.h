#pragma once

// Internal to vb_calendar: ICU's month, weekday and era names, loaded once per locale and
// calendar and shared read-only (icu::DateFormatSymbols' const getters are thread-safe).

#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar_id.h"

namespace verbatim::calendar::icu_names {

/// ICU's wide month names of `calendar` in `locale` ("fa-AF", "en"), in ICU's month order
/// (Hebrew: 14 names, "Adar II" last), format context; empty for bikram-sambat.
std::vector<std::string> MonthNames(CalendarId calendar, std::string_view locale);

/// The abbreviated month names, likewise.
std::vector<std::string> ShortMonthNames(CalendarId calendar, std::string_view locale);

/// Weekday names, Sunday first (7 names).
std::vector<std::string> WeekdayNames(std::string_view locale);

/// The ICU locale id for a BCP 47 tag or an ICU id ("fa-AF" and "fa_AF" → "fa_AF").
std::string LocaleId(std::string_view tag);

}  // namespace verbatim::calendar::icu_names
