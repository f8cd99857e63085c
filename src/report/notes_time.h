#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"

namespace verbatim::report {

/// The clock face the notes show times on. Entries are stamped in UTC; the notes show them in the
/// UTC offset of the interview's planned start ("2026-11-23T09:00:00+01:00" gives local times at
/// +01:00), because that is the only zone the record itself carries and the function that renders
/// the notes reads nothing else. Without an offset the notes show UTC and say so.
class NotesTime {
 public:
  /// `planned_start` is InterviewInfo::planned_start (RFC 3339); empty or malformed gives UTC.
  static NotesTime FromPlannedStart(std::string_view planned_start);

  /// "09:05": hours and minutes, seconds dropped (never rounded up).
  std::string Clock(TimePoint t) const;
  /// "23 November 2026".
  std::string Date(TimePoint t) const;
  /// "UTC+01:00", or "UTC".
  std::string ZoneName() const;
  /// The planned start itself, when it parsed.
  const std::optional<TimePoint>& planned_start() const { return planned_start_; }

  /// The minutes between the displayed clock times of `from` and `to`, so that the durations the
  /// notes print agree with the times they print (CH-12.4).
  static std::chrono::minutes Between(TimePoint from, TimePoint to);

 private:
  std::chrono::minutes offset_{0};
  std::optional<TimePoint> planned_start_;
};

/// "17 min", "1 h 30 min", "4 h".
std::string FormatDuration(std::chrono::minutes d);

}  // namespace verbatim::report
