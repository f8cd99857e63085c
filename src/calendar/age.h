#pragma once

#include "base/result.h"
#include "calendar/calendar_date.h"

namespace verbatim::calendar {

/// An age in completed years; min == max when both dates are exact.
struct AgeRange {
  int min = 0;
  int max = 0;

  friend bool operator==(const AgeRange&, const AgeRange&) = default;
};

/// Completed years from `born` to `on` (on >= born), counted in the Gregorian calendar: a
/// birthday on 29 February is reached on 1 March in common years.
int CompletedYears(Day born, Day on);

/// The age of a person born within `born` on a day within `on` ("how old were you when…"),
/// for partial dates on either side: the youngest (born last, asked first) to the oldest.
/// InvalidArgument when `on` ends before the earliest birth; 0 as the minimum when the ranges
/// overlap.
Result<AgeRange> AgeOn(const DayRange& born, const DayRange& on);

}  // namespace verbatim::calendar
