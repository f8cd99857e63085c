#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "base/result.h"

namespace verbatim::tasks {

/// A calendar day with no time or time zone: deadlines count whole days in the jurisdiction.
using Date = std::chrono::year_month_day;

/// Parses an ISO 8601 calendar date, exactly "YYYY-MM-DD"; InvalidArgument quoting the text
/// for anything else, including days that do not exist ("2025-02-29").
Result<Date> ParseIsoDate(std::string_view text);

/// "YYYY-MM-DD" for a valid date with a year from 0 to 9999.
std::string FormatIsoDate(Date date);

/// The day `days` days after (or before, when negative) `date`.
Date AddDays(Date date, int days);

}  // namespace verbatim::tasks
