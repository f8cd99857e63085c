#pragma once

// Internal to vb_calendar: spellings of month names that applicants and interpreters write and
// ICU does not carry. Keys are as in MonthNameMatch (0-based; Hebrew uses ICU's index).

#include <span>
#include <string_view>

#include "calendar/calendar_id.h"

namespace verbatim::calendar {

struct MonthAlias {
  CalendarId calendar;
  int key;
  std::string_view name;
};

std::span<const MonthAlias> MonthAliases();

}  // namespace verbatim::calendar
