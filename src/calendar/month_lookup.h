#pragma once

#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/calendar_id.h"

namespace verbatim::calendar {

/// A month a name can stand for.
struct MonthNameMatch {
  /// The calendar the name belongs to; Hijri names give islamic-umalqura and Western ones
  /// gregorian (SameFamily relates them to islamic-civil and buddhist).
  CalendarId calendar = CalendarId::kGregorian;
  /// The month's place in the calendar's list of names, from 0. For Hebrew it is ICU's index:
  /// 5 = Adar I, 6 = Adar, 13 = Adar II, which ResolveMonth turns into ordinals for a year.
  int key = 0;

  friend bool operator==(const MonthNameMatch&, const MonthNameMatch&) = default;
};

/// Every month `name` can mean, in the names Verbatim knows: ICU's (English, Persian, Dari,
/// Pashto, Arabic, Urdu, Amharic, Tigrinya, Hebrew, Hindi) and the usual English
/// transliterations ("Ramazan", "Hamal", "Saur", "Meskerem", "Baisakh", …). Empty when unknown.
std::vector<MonthNameMatch> FindMonthName(std::string_view name);

/// True when names of `a` also name the months of `b` (islamic-civil and islamic-umalqura;
/// gregorian and buddhist).
bool SameFamily(CalendarId a, CalendarId b);

/// The first and last ordinal month that `key` of `calendar` stands for in `year`: one month,
/// except "Adar" in a Hebrew leap year, which may mean Adar I or Adar II and so spans both.
/// InvalidArgument for Adar I or Adar II in a common year.
Result<std::pair<int, int>> ResolveMonth(CalendarId calendar, int key, int year);

}  // namespace verbatim::calendar
