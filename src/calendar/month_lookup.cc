#include "calendar/month_lookup.h"

#include <map>
#include <string>

#include "calendar/date_names.h"
#include "calendar/hebrew_months.h"
#include "calendar/icu_symbols.h"
#include "calendar/month_aliases.h"
#include "calendar/name_text.h"

namespace verbatim::calendar {
namespace {

using Index = std::map<std::string, std::vector<MonthNameMatch>>;

void Add(Index& index, CalendarId calendar, int key, std::string_view name) {
  const std::string normalized = NormalizeName(name);
  if (normalized.empty()) return;
  auto& matches = index[normalized];
  const MonthNameMatch match{calendar, key};
  for (const auto& m : matches) {
    if (m == match) return;
  }
  matches.push_back(match);
}

void AddIcu(Index& index, CalendarId calendar, std::initializer_list<const char*> locales,
            bool with_short_names) {
  for (const char* locale : locales) {
    const auto wide = icu_names::MonthNames(calendar, locale);
    for (std::size_t i = 0; i < wide.size(); ++i)
      Add(index, calendar, static_cast<int>(i), wide[i]);
    if (!with_short_names) continue;
    const auto abbreviated = icu_names::ShortMonthNames(calendar, locale);
    for (std::size_t i = 0; i < abbreviated.size(); ++i) {
      Add(index, calendar, static_cast<int>(i), abbreviated[i]);
    }
  }
}

// Which scripts and languages to take from ICU for each calendar: those of the people who use
// it. Short names only for English Western months ("Mar"): elsewhere they collide.
Index Build() {
  Index index;
  AddIcu(index, CalendarId::kGregorian, {"en"}, true);
  AddIcu(index, CalendarId::kGregorian, {"fa", "fa-AF", "ps", "ar", "ar-SY", "ur", "am", "ti"},
         false);
  AddIcu(index, CalendarId::kPersian, {"en", "fa", "fa-AF", "ps"}, false);
  AddIcu(index, CalendarId::kIslamicUmalqura, {"en", "ar", "fa", "ps", "ur"}, false);
  AddIcu(index, CalendarId::kEthiopic, {"en", "am", "ti"}, false);
  AddIcu(index, CalendarId::kCoptic, {"en", "ar"}, false);
  AddIcu(index, CalendarId::kHebrew, {"en", "he"}, false);
  AddIcu(index, CalendarId::kIndian, {"en", "hi"}, false);
  for (int i = 0; i < 12; ++i) {
    Add(index, CalendarId::kPersian, i, AfghanMonthNames()[i]);
    Add(index, CalendarId::kBikramSambat, i, BikramSambatMonthNames()[i]);
    Add(index, CalendarId::kBikramSambat, i, BikramSambatMonthNamesNepali()[i]);
  }
  for (const MonthAlias& alias : MonthAliases()) Add(index, alias.calendar, alias.key, alias.name);
  return index;
}

CalendarId Family(CalendarId id) {
  if (id == CalendarId::kIslamicCivil) return CalendarId::kIslamicUmalqura;
  if (id == CalendarId::kBuddhist) return CalendarId::kGregorian;
  return id;
}

}  // namespace

std::vector<MonthNameMatch> FindMonthName(std::string_view name) {
  static const Index index = Build();
  const auto it = index.find(NormalizeName(name));
  if (it == index.end()) return {};
  return it->second;
}

bool SameFamily(CalendarId a, CalendarId b) { return Family(a) == Family(b); }

Result<std::pair<int, int>> ResolveMonth(CalendarId calendar, int key, int year) {
  if (calendar != CalendarId::kHebrew) return std::pair{key + 1, key + 1};
  const bool leap = hebrew::IsLeapYear(year);
  if (key == hebrew::kIcuAdarI || key == hebrew::kIcuAdarIIName) {
    if (!leap) {
      return InvalidArgument("hebrew " + std::to_string(year) +
                             " is a common year: it has one Adar, no Adar I or Adar II");
    }
    return key == hebrew::kIcuAdarI ? std::pair{6, 6} : std::pair{7, 7};
  }
  // Plain "Adar" in a leap year: people mean either, so the range takes both.
  if (key == hebrew::kIcuAdar && leap) return std::pair{6, 7};
  const int ordinal = hebrew::OrdinalMonth(year, key);
  return std::pair{ordinal, ordinal};
}

}  // namespace verbatim::calendar
