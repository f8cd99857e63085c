#include "base/clock.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
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

TimePoint OffsetClock::Now() const {
  return SystemClock::Instance().Now() + std::chrono::microseconds(offset_micros_.load());
}

void OffsetClock::Advance(std::chrono::microseconds by) { offset_micros_ += by.count(); }

namespace {

// "YYYY-MM-DDTHH:MM:SS.fffZ" with `digits` (3 or 6) fractional digits.
std::string FormatUtc(TimePoint t, int digits) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(t);
  long long fraction = (t - seconds).count();  // microseconds
  if (digits == 3) fraction /= 1000;
  const std::time_t tt = std::chrono::system_clock::to_time_t(seconds);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%0*lldZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, digits, fraction);
  return buf;
}

}  // namespace

std::string FormatRfc3339(TimePoint t) { return FormatUtc(t, 3); }

std::string FormatRfc3339Micros(TimePoint t) { return FormatUtc(t, 6); }

Result<TimePoint> ParseRfc3339(std::string_view text) {
  using namespace std::chrono;
  const auto bad = [&] {
    return InvalidArgument("'" + std::string(text) +
                           "' is not an RFC 3339 time such as 2026-11-22T09:30:00Z");
  };
  int y, mo, d, h, mi, s, consumed = 0;
  const std::string str(text);
  if (std::sscanf(str.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &consumed) != 6 ||
      consumed != 19) {
    return bad();
  }
  std::size_t pos = 19;
  long long micros = 0;
  if (pos < str.size() && str[pos] == '.') {
    int digits = 0;
    ++pos;
    while (pos < str.size() && std::isdigit(static_cast<unsigned char>(str[pos]))) {
      if (digits < 6) micros = micros * 10 + (str[pos] - '0');
      ++digits;
      ++pos;
    }
    if (digits == 0) return bad();
    for (int i = digits; i < 6; ++i) micros *= 10;
  }
  int offset_minutes = 0;
  if (pos < str.size() && (str[pos] == 'Z' || str[pos] == 'z')) {
    ++pos;
  } else if (pos + 6 == str.size() && (str[pos] == '+' || str[pos] == '-') && str[pos + 3] == ':') {
    const int oh = std::atoi(str.substr(pos + 1, 2).c_str());
    const int om = std::atoi(str.substr(pos + 4, 2).c_str());
    offset_minutes = (str[pos] == '-' ? -1 : 1) * (oh * 60 + om);
    pos += 6;
  } else {
    return bad();
  }
  if (pos != str.size()) return bad();
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 60) return bad();
  return TimePoint(sys_days(ymd) + hours(h) + minutes(mi - offset_minutes) + seconds(s) +
                   microseconds(micros));
}

int64_t ToUnixMicros(TimePoint t) { return t.time_since_epoch().count(); }

TimePoint FromUnixMicros(int64_t micros) { return TimePoint(std::chrono::microseconds(micros)); }

}  // namespace verbatim
