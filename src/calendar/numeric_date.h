#pragma once

#include <string>

#include "base/result.h"
#include "calendar/calendar_date.h"
#include "calendar/calendar_id.h"

namespace verbatim::calendar {

/// Reads "YYYY-MM-DD" (also with '/' or '.', digits in any script) as a date of `calendar`,
/// months counted ordinally from 1. InvalidArgument quoting the text for a malformed or
/// impossible date. Shared by the CLI and the HTTP API.
Result<CalendarDate> ParseNumericDate(const std::string& text, CalendarId calendar);

}  // namespace verbatim::calendar
