#include "report/notes_time.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace verbatim::report {
namespace {

using std::chrono::minutes;

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int Number(std::string_view s) { return std::atoi(std::string(s).c_str()); }

}  // namespace

NotesTime NotesTime::FromPlannedStart(std::string_view s) {
  using namespace std::chrono;
  NotesTime result;
  // "YYYY-MM-DDTHH:MM:SS" then optional fraction, then "Z" or "±HH:MM".
  if (s.size() < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') ||
      s[13] != ':' || s[16] != ':' || !AllDigits(s.substr(0, 4)) || !AllDigits(s.substr(5, 2)) ||
      !AllDigits(s.substr(8, 2)) || !AllDigits(s.substr(11, 2)) || !AllDigits(s.substr(14, 2)) ||
      !AllDigits(s.substr(17, 2))) {
    return result;
  }
  std::size_t pos = 19;
  if (s[pos] == '.') {
    ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
  }
  minutes offset{0};
  const std::string_view zone = s.substr(pos);
  if (zone == "Z" || zone == "z") {
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
             AllDigits(zone.substr(1, 2)) && AllDigits(zone.substr(4, 2)) &&
             Number(zone.substr(1, 2)) < 24 && Number(zone.substr(4, 2)) < 60) {
    offset = minutes((zone[0] == '-' ? -1 : 1) *
                     (Number(zone.substr(1, 2)) * 60 + Number(zone.substr(4, 2))));
  } else {
    return result;
  }
  const year_month_day ymd{year{Number(s.substr(0, 4))},
                           month{static_cast<unsigned>(Number(s.substr(5, 2)))},
                           day{static_cast<unsigned>(Number(s.substr(8, 2)))}};
  const int h = Number(s.substr(11, 2));
  const int mi = Number(s.substr(14, 2));
  if (!ymd.ok() || h > 23 || mi > 59) return result;
  result.offset_ = offset;
  result.planned_start_ =
      TimePoint(sys_days(ymd) + hours(h) + minutes(mi) - offset + seconds(Number(s.substr(17, 2))));
  return result;
}

std::string NotesTime::Clock(TimePoint t) const {
  using namespace std::chrono;
  const auto local = floor<minutes>(t) + offset_;
  const auto day_start = floor<days>(local);
  const hh_mm_ss hms{local - day_start};
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()));
  return buf;
}

std::string NotesTime::Date(TimePoint t) const {
  using namespace std::chrono;
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  const year_month_day ymd{floor<days>(floor<minutes>(t) + offset_)};
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
         kMonths[static_cast<unsigned>(ymd.month()) - 1] + " " +
         std::to_string(static_cast<int>(ymd.year()));
}

std::string NotesTime::ZoneName() const {
  if (offset_.count() == 0) return "UTC";
  const int total = static_cast<int>(offset_.count());
  const int magnitude = std::abs(total);
  char buf[16];
  std::snprintf(buf, sizeof buf, "UTC%c%02d:%02d", total < 0 ? '-' : '+', magnitude / 60,
                magnitude % 60);
  return buf;
}

std::chrono::minutes NotesTime::Between(TimePoint from, TimePoint to) {
  using std::chrono::floor;
  return floor<minutes>(to) - floor<minutes>(from);
}

std::string FormatDuration(std::chrono::minutes d) {
  const long long total = d.count();
  if (total < 60) return std::to_string(total) + " min";
  std::string out = std::to_string(total / 60) + " h";
  if (total % 60 != 0) out += " " + std::to_string(total % 60) + " min";
  return out;
}

}  // namespace verbatim::report
