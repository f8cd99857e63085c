#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "tasks/iso_date.h"

namespace verbatim::tasks {

/// Moves a holiday that falls on `on` by `shift_days` (NL: King's Day on a Sunday is kept on the
/// Saturday before). The original day is then not a holiday.
struct Substitution {
  std::chrono::weekday on;
  int shift_days = 0;
};

/// One public holiday as a rule, not a list of dates: a fixed day of the year or a day relative
/// to Western Easter, in force from `valid_from` to `valid_to` (years, both inclusive).
struct HolidayRule {
  std::string name;
  std::optional<std::chrono::month_day> fixed;  // when empty, the day is Easter + easter_offset
  int easter_offset = 0;
  std::optional<std::chrono::year> valid_from;
  std::optional<std::chrono::year> valid_to;
  std::vector<Substitution> substitutes;

  /// The day the holiday is kept in `year` after substitution, or nullopt when the rule is not
  /// in force that year. The day is always in `year` (ParseHolidayRules checks it).
  std::optional<Date> ObservedIn(std::chrono::year year) const;
};

/// A jurisdiction's public holidays (data/holidays/rules/<PROFILE>.json, format in
/// data/holidays/README.md), valid for the years `first_year` to `last_year`.
struct HolidayRules {
  std::string profile;
  std::string name;
  std::chrono::year first_year;
  std::chrono::year last_year;
  std::vector<HolidayRule> rules;
};

/// Western (Gregorian) Easter Sunday of `year`, by the Meeus/Jones/Butcher algorithm.
Date WesternEaster(std::chrono::year year);

/// Parses a rules file; InvalidArgument naming the rule and the fault for anything malformed,
/// unknown keys included (a misspelt "valid_to" must not silently widen a rule).
Result<HolidayRules> ParseHolidayRules(std::string_view json);

/// The rules compiled into the binary for `profile` ("BE"); NotFound naming the known ones.
Result<HolidayRules> LoadHolidayRules(std::string_view profile);

/// The profiles with compiled-in holiday rules, in alphabetical order.
std::vector<std::string> HolidayProfileIds();

}  // namespace verbatim::tasks
