#include "calendar/calendar_id.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace verbatim::calendar {
namespace {

constexpr std::array<CalendarId, kCalendarCount> kAll = {
    CalendarId::kGregorian,       CalendarId::kPersian,  CalendarId::kIslamicCivil,
    CalendarId::kIslamicUmalqura, CalendarId::kEthiopic, CalendarId::kHebrew,
    CalendarId::kBuddhist,        CalendarId::kCoptic,   CalendarId::kIndian,
    CalendarId::kBikramSambat,
};

// Other names officers and applicants use for the same calendars. "islamic" and "hijri" mean
// Umm al-Qura, the Hijri calendar that published tables follow (docs/calendar.md).
constexpr std::array<std::pair<std::string_view, CalendarId>, 14> kAliases = {{
    {"iso8601", CalendarId::kGregorian},
    {"western", CalendarId::kGregorian},
    {"jalali", CalendarId::kPersian},
    {"solar-hijri", CalendarId::kPersian},
    {"shamsi", CalendarId::kPersian},
    {"islamic", CalendarId::kIslamicUmalqura},
    {"hijri", CalendarId::kIslamicUmalqura},
    {"umalqura", CalendarId::kIslamicUmalqura},
    {"ethiopian", CalendarId::kEthiopic},
    {"thai", CalendarId::kBuddhist},
    {"saka", CalendarId::kIndian},
    {"nepali", CalendarId::kBikramSambat},
    {"vikram-samvat", CalendarId::kBikramSambat},
    {"bs", CalendarId::kBikramSambat},
}};

}  // namespace

std::span<const CalendarId> AllCalendars() { return kAll; }

std::string_view CalendarName(CalendarId id) {
  switch (id) {
    case CalendarId::kGregorian:
      return "gregorian";
    case CalendarId::kPersian:
      return "persian";
    case CalendarId::kIslamicCivil:
      return "islamic-civil";
    case CalendarId::kIslamicUmalqura:
      return "islamic-umalqura";
    case CalendarId::kEthiopic:
      return "ethiopic";
    case CalendarId::kHebrew:
      return "hebrew";
    case CalendarId::kBuddhist:
      return "buddhist";
    case CalendarId::kCoptic:
      return "coptic";
    case CalendarId::kIndian:
      return "indian";
    case CalendarId::kBikramSambat:
      return "bikram-sambat";
  }
  return "unknown";
}

Result<CalendarId> ParseCalendarId(std::string_view name) {
  std::string key(name);
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) {
    return c == '_' || c == ' ' ? '-' : static_cast<char>(std::tolower(c));
  });
  for (CalendarId id : kAll) {
    if (CalendarName(id) == key) return id;
  }
  for (const auto& [alias, id] : kAliases) {
    if (alias == key) return id;
  }
  return InvalidArgument("'" + std::string(name) + "' is not a calendar; use one of " +
                         CalendarNameList());
}

std::string CalendarNameList() {
  std::string out;
  for (CalendarId id : kAll) {
    if (!out.empty()) out += ", ";
    out += CalendarName(id);
  }
  return out;
}

const char* IcuCalendarKeyword(CalendarId id) {
  return id == CalendarId::kBikramSambat ? nullptr : CalendarName(id).data();
}

}  // namespace verbatim::calendar
