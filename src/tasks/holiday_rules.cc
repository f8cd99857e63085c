#include "tasks/holiday_rules.h"

#include <algorithm>
#include <array>

#include "base/json.h"

namespace verbatim::tasks {

// Generated from data/holidays/rules/*.json by cmake/EmbedFile.cmake.
std::string_view HolidayRulesBeJson();
std::string_view HolidayRulesDeJson();
std::string_view HolidayRulesFrJson();
std::string_view HolidayRulesNlJson();

namespace {

using std::chrono::year;

struct EmbeddedRules {
  std::string_view profile;
  std::string_view (*json)();
};
constexpr EmbeddedRules kEmbedded[] = {{"BE", &HolidayRulesBeJson},
                                       {"DE", &HolidayRulesDeJson},
                                       {"FR", &HolidayRulesFrJson},
                                       {"NL", &HolidayRulesNlJson}};

// The Gregorian reform; Meeus/Jones/Butcher is exact from here on.
constexpr int kFirstGregorianYear = 1583;
// Easter falls between 22 March and 25 April: these bounds keep Easter-relative days in the year.
constexpr int kMinEasterOffset = -80;
constexpr int kMaxEasterOffset = 250;
constexpr int kMaxShiftDays = 7;

Status CheckKeys(const Json& object, std::initializer_list<std::string_view> allowed,
                 const std::string& where) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      return InvalidArgument(where + " has an unknown key \"" + key + "\"");
    }
  }
  return Status::Ok();
}

Result<std::chrono::weekday> ParseWeekday(const std::string& name, const std::string& where) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (unsigned i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return std::chrono::weekday(i);
  }
  return InvalidArgument(where + ": \"" + name + "\" is not a weekday (monday … sunday)");
}

Result<std::chrono::month_day> ParseMonthDay(const std::string& text, const std::string& where) {
  // Reuse the date parser on a leap year, then refuse 29 February: it is not in every year.
  auto date = ParseIsoDate("2000-" + text);
  if (!date.ok() || text.size() != 5 ||
      (date->month() == std::chrono::February && date->day() == std::chrono::day(29))) {
    return InvalidArgument(where + ": \"fixed\" must be a day of every year as \"MM-DD\", not \"" +
                           text + "\"");
  }
  return std::chrono::month_day(date->month(), date->day());
}

Result<HolidayRule> ParseRule(const Json& j, const std::string& where) {
  if (!j.is_object()) return InvalidArgument(where + " is not an object");
  VB_RETURN_IF_ERROR(CheckKeys(
      j, {"name", "fixed", "easter", "valid_from", "valid_to", "substitute", "note"}, where));
  HolidayRule rule;
  rule.name = j.at("name").get<std::string>();
  const std::string named = where + " (" + rule.name + ")";
  if (j.contains("fixed") == j.contains("easter")) {
    return InvalidArgument(named + " needs exactly one of \"fixed\" and \"easter\"");
  }
  if (j.contains("fixed")) {
    VB_ASSIGN_OR_RETURN(rule.fixed, ParseMonthDay(j.at("fixed").get<std::string>(), named));
  } else {
    rule.easter_offset = j.at("easter").get<int>();
    if (rule.easter_offset < kMinEasterOffset || rule.easter_offset > kMaxEasterOffset) {
      return InvalidArgument(named + ": \"easter\" must keep the day in Easter's year");
    }
  }
  if (j.contains("valid_from")) rule.valid_from = year(j.at("valid_from").get<int>());
  if (j.contains("valid_to")) rule.valid_to = year(j.at("valid_to").get<int>());
  if (rule.valid_from && rule.valid_to && *rule.valid_from > *rule.valid_to) {
    return InvalidArgument(named + ": \"valid_from\" is after \"valid_to\"");
  }
  for (const Json& s : j.value("substitute", Json::array())) {
    VB_RETURN_IF_ERROR(CheckKeys(s, {"on", "shift_days"}, named + " substitute"));
    VB_ASSIGN_OR_RETURN(auto on, ParseWeekday(s.at("on").get<std::string>(), named));
    const int shift = s.at("shift_days").get<int>();
    if (shift == 0 || shift < -kMaxShiftDays || shift > kMaxShiftDays) {
      return InvalidArgument(named + ": \"shift_days\" must be between -7 and 7, and not 0");
    }
    rule.substitutes.push_back({on, shift});
  }
  return rule;
}

Result<HolidayRules> ParseDocument(const Json& j) {
  VB_RETURN_IF_ERROR(CheckKeys(j, {"profile", "name", "law", "years", "holidays"}, "the file"));
  HolidayRules rules;
  rules.profile = j.at("profile").get<std::string>();
  rules.name = j.at("name").get<std::string>();
  const Json& years = j.at("years");
  VB_RETURN_IF_ERROR(CheckKeys(years, {"from", "to"}, "\"years\""));
  rules.first_year = year(years.at("from").get<int>());
  rules.last_year = year(years.at("to").get<int>());
  if (rules.first_year < year(kFirstGregorianYear) || rules.last_year > year(9999) ||
      rules.first_year > rules.last_year) {
    return InvalidArgument("\"years\" must run forwards within 1583–9999");
  }
  const Json& holidays = j.at("holidays");
  if (!holidays.is_array()) return InvalidArgument("\"holidays\" is not a list");
  for (std::size_t i = 0; i < holidays.size(); ++i) {
    VB_ASSIGN_OR_RETURN(auto rule, ParseRule(holidays[i], "holiday " + std::to_string(i + 1)));
    rules.rules.push_back(std::move(rule));
  }
  // Every kept day must stay in its own year (HolidayRule::ObservedIn promises it); checking each
  // covered year also covers every weekday a fixed day and its substitution can meet.
  for (const auto& rule : rules.rules) {
    for (year y = rules.first_year; y <= rules.last_year; ++y) {
      const auto day = rule.ObservedIn(y);
      if (day && day->year() != y) {
        return InvalidArgument("holiday \"" + rule.name + "\" moves out of its year in " +
                               std::to_string(static_cast<int>(y)));
      }
    }
  }
  return rules;
}

}  // namespace

Date WesternEaster(year y) {
  const int n = static_cast<int>(y);
  const int a = n % 19, b = n / 100, c = n % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, std::chrono::month(month), std::chrono::day(day)};
}

std::optional<Date> HolidayRule::ObservedIn(year y) const {
  if ((valid_from && y < *valid_from) || (valid_to && y > *valid_to)) return std::nullopt;
  Date day =
      fixed ? Date{y / fixed->month() / fixed->day()} : AddDays(WesternEaster(y), easter_offset);
  const std::chrono::weekday weekday{std::chrono::sys_days(day)};
  for (const auto& s : substitutes) {
    if (s.on == weekday) return AddDays(day, s.shift_days);
  }
  return day;
}

Result<HolidayRules> ParseHolidayRules(std::string_view json) {
  VB_ASSIGN_OR_RETURN(Json j, ParseJson(json));
  if (!j.is_object()) return InvalidArgument("a holiday rules file is a JSON object");
  try {
    return ParseDocument(j);
  } catch (const Json::exception& e) {
    return InvalidArgument(std::string("holiday rules are malformed: ") + e.what());
  }
}

Result<HolidayRules> LoadHolidayRules(std::string_view profile) {
  for (const auto& e : kEmbedded) {
    if (e.profile != profile) continue;
    VB_ASSIGN_OR_RETURN(auto rules, ParseHolidayRules(e.json()));
    if (rules.profile != profile) {
      return Internal("the holiday rules compiled in for " + std::string(profile) + " name " +
                      rules.profile);
    }
    return rules;
  }
  std::string known;
  for (const auto& id : HolidayProfileIds()) known += (known.empty() ? "" : ", ") + id;
  return NotFound("There are no holiday rules for the profile '" + std::string(profile) +
                  "'; known: " + known);
}

std::vector<std::string> HolidayProfileIds() {
  std::vector<std::string> ids;
  for (const auto& e : kEmbedded) ids.emplace_back(e.profile);
  return ids;
}

}  // namespace verbatim::tasks
