#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

#include "base/result.h"

namespace verbatim {

using TimePoint = std::chrono::sys_time<std::chrono::microseconds>;

/// The time source of every rule that depends on time (DESIGN.md: the charter's timers must be
/// testable). Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock {
 public:
  TimePoint Now() const override;
  /// A process-wide instance; never destroyed.
  static const SystemClock& Instance();
};

/// A clock that moves only when told to; for tests.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(TimePoint start) : now_(start) {}
  TimePoint Now() const override;
  void Advance(std::chrono::microseconds by);
  void Set(TimePoint to);

 private:
  mutable std::mutex mutex_;
  TimePoint now_;
};

/// The wall clock moved by an adjustable offset: for browser tests that must cross a break or
/// the maximum duration without waiting (`serve --test-clock`, refused outside tests).
class OffsetClock final : public Clock {
 public:
  TimePoint Now() const override;
  void Advance(std::chrono::microseconds by);

 private:
  std::atomic<std::int64_t> offset_micros_{0};
};

/// RFC 3339 in UTC with millisecond precision: "2026-11-22T14:55:22.123Z".
std::string FormatRfc3339(TimePoint t);
/// RFC 3339 in UTC with microsecond precision, the exact form of the interview record's `at`.
std::string FormatRfc3339Micros(TimePoint t);
/// Parses "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)"; InvalidArgument quoting the text otherwise.
Result<TimePoint> ParseRfc3339(std::string_view text);

/// Microseconds since the Unix epoch, the form times are stored in.
int64_t ToUnixMicros(TimePoint t);
TimePoint FromUnixMicros(int64_t micros);

}  // namespace verbatim
