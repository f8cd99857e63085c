#include "base/clock.h"

#include <cstdio>
#include <ctime>

namespace verbatim {

TimePoint SystemClock::Now() const {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
}

const SystemClock& SystemClock::Instance() {
  static const SystemClock* clock = new SystemClock();
  return *clock;
}

TimePoint ManualClock::Now() const {
  std::lock_guard lock(mutex_);
  return now_;
}

void ManualClock::Advance(std::chrono::microseconds by) {
  std::lock_guard lock(mutex_);
  now_ += by;
}

void ManualClock::Set(TimePoint to) {
  std::lock_guard lock(mutex_);
  now_ = to;
}

std::string FormatRfc3339(TimePoint t) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(t);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(t - seconds).count();
  const std::time_t tt = std::chrono::system_clock::to_time_t(seconds);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(millis));
  return buf;
}

int64_t ToUnixMicros(TimePoint t) { return t.time_since_epoch().count(); }

TimePoint FromUnixMicros(int64_t micros) { return TimePoint(std::chrono::microseconds(micros)); }

}  // namespace verbatim
