#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "calendar/approximate_date.h"

namespace verbatim::coi {

/// A date or period named in a text, as the Gregorian days it can mean.
struct PeriodMention {
  calendar::DayRange range;
  calendar::CalendarId calendar = calendar::CalendarId::kGregorian;
  calendar::Precision precision = calendar::Precision::kYear;
  std::string matched;  // the words as written ("Hamal 1398", "spring 2019", "۱۳۹۸")
};

/// Dates in free text, read by the calendar module (AS-2): "in 2019", "March 2019", "15 Hamal
/// 1398", "spring 2019", "bahar ۱۳۹۸", "1440 AH", "2019-05-12". Each number of three or four
/// digits (any script) is tried with up to three words before it and an era after it, longest
/// first. A bare year names the first calendar in which it falls between 1900 and `today`'s
/// year: Gregorian, then Persian (Solar Hijri: "1398" is 2019/20), then Hijri ("1440" is
/// 2018/19). A number followed by a unit or currency ("2000 dollars") is not a date.
std::vector<PeriodMention> FindPeriods(std::string_view text, calendar::Day today);

}  // namespace verbatim::coi
