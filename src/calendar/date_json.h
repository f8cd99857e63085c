#pragma once

// The JSON shapes of the calendar module, shared by the CLI and, later, the HTTP API.

#include <nlohmann/json.hpp>
#include <string_view>

#include "calendar/age.h"
#include "calendar/approximate_date.h"
#include "calendar/describe.h"

namespace verbatim::calendar {

/// {"calendar","year","month","day","era","month_name","weekday"}, in that order; "year" counts
/// in "era" and "month" is ordinal.
nlohmann::ordered_json ToJson(const DateDescription& description);

/// {"input","calendar","precision","first","last"}, days as ISO 8601 Gregorian dates.
nlohmann::ordered_json ToJson(std::string_view input, const ApproximateDate& date);

/// {"born":{"first","last"},"on":{"first","last"},"min","max"}.
nlohmann::ordered_json ToJson(const DayRange& born, const DayRange& on, const AgeRange& age);

}  // namespace verbatim::calendar
