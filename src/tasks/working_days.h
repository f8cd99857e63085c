#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "tasks/holiday_rules.h"
#include "tasks/iso_date.h"

namespace verbatim::tasks {

/// A public holiday as kept on one day; two rules on the same day (Ascension Day on 1 May)
/// share one Holiday whose name joins theirs with "; ".
struct Holiday {
  Date date;
  std::string name;
};

/// A due date and how it was reached.
struct Deadline {
  std::string profile;
  Date from;
  int working_days = 0;
  Date due;
  /// The public holidays on Monday to Friday after `from` up to `due`: the days that were not
  /// counted although they are not weekend days.
  std::vector<Holiday> skipped_holidays;
};

/// The working days of one jurisdiction: Monday to Friday except its public holidays (issue 4).
/// Immutable once made, so one instance may be shared between threads.
class HolidayCalendar {
 public:
  /// The calendar of a compiled-in profile ("BE"); NotFound naming the known profiles.
  static Result<HolidayCalendar> ForProfile(std::string_view profile);
  /// A calendar over `rules` as ParseHolidayRules returns them (checked), e.g. in tests.
  explicit HolidayCalendar(HolidayRules rules) : rules_(std::move(rules)) {}

  const std::string& profile() const { return rules_.profile; }
  const HolidayRules& rules() const { return rules_; }
  /// Whether `date` lies in the years the profile's rules are written for; the deadline
  /// functions refuse dates outside them rather than guess at laws not yet (or no longer) made.
  bool Covers(Date date) const;

  /// The holidays kept in `year`, in date order.
  std::vector<Holiday> HolidaysIn(std::chrono::year year) const;
  /// The holiday kept on `date`, if any.
  std::optional<Holiday> HolidayOn(Date date) const;
  bool IsPublicHoliday(Date date) const;
  /// Monday to Friday and not a public holiday.
  bool IsWorkingDay(Date date) const;

  /// The `n`-th working day after `from`. `from` itself never counts, working day or not: it is
  /// the day of the event (CH-3.10: "within 2 working days after the interview"; an interview on
  /// Friday gives the Tuesday after). n = 0 gives `from`. InvalidArgument for n < 0 or a date
  /// outside the covered years.
  Result<Date> AddWorkingDays(Date from, int n) const;
  /// AddWorkingDays with the holidays it stepped over.
  Result<Deadline> ComputeDeadline(Date from, int n) const;
  /// The number of working days d with from < d <= to, so that
  /// WorkingDaysBetween(from, AddWorkingDays(from, n)) == n; negative when `to` is before `from`.
  Result<int> WorkingDaysBetween(Date from, Date to) const;

 private:
  Status CheckCovered(Date date, std::string_view what) const;

  HolidayRules rules_;
};

}  // namespace verbatim::tasks
