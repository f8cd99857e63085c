#include "tasks/working_days.h"

#include <algorithm>

namespace verbatim::tasks {

using std::chrono::sys_days;
using std::chrono::weekday;

Result<HolidayCalendar> HolidayCalendar::ForProfile(std::string_view profile) {
  VB_ASSIGN_OR_RETURN(auto rules, LoadHolidayRules(profile));
  return HolidayCalendar(std::move(rules));
}

bool HolidayCalendar::Covers(Date date) const {
  return date.ok() && date.year() >= rules_.first_year && date.year() <= rules_.last_year;
}

Status HolidayCalendar::CheckCovered(Date date, std::string_view what) const {
  if (Covers(date)) return Status::Ok();
  return InvalidArgument("The " + rules_.profile + " holiday rules cover the years " +
                         std::to_string(static_cast<int>(rules_.first_year)) + " to " +
                         std::to_string(static_cast<int>(rules_.last_year)) + "; " +
                         std::string(what) + " " + FormatIsoDate(date) + " is outside them");
}

std::vector<Holiday> HolidayCalendar::HolidaysIn(std::chrono::year year) const {
  std::vector<Holiday> days;
  for (const auto& rule : rules_.rules) {
    if (auto day = rule.ObservedIn(year)) days.push_back({*day, rule.name});
  }
  std::stable_sort(days.begin(), days.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  std::vector<Holiday> merged;
  for (auto& h : days) {
    if (!merged.empty() && merged.back().date == h.date) {
      merged.back().name += "; " + h.name;
    } else {
      merged.push_back(std::move(h));
    }
  }
  return merged;
}

std::optional<Holiday> HolidayCalendar::HolidayOn(Date date) const {
  std::optional<Holiday> found;
  for (const auto& rule : rules_.rules) {
    if (rule.ObservedIn(date.year()) != date) continue;
    if (found) {
      found->name += "; " + rule.name;
    } else {
      found = Holiday{date, rule.name};
    }
  }
  return found;
}

bool HolidayCalendar::IsPublicHoliday(Date date) const {
  // No strings here: the deadline walk asks this for every day it passes.
  return std::any_of(rules_.rules.begin(), rules_.rules.end(),
                     [&](const HolidayRule& rule) { return rule.ObservedIn(date.year()) == date; });
}

bool HolidayCalendar::IsWorkingDay(Date date) const {
  const weekday wd{sys_days(date)};
  if (wd == std::chrono::Saturday || wd == std::chrono::Sunday) return false;
  return !IsPublicHoliday(date);
}

Result<Date> HolidayCalendar::AddWorkingDays(Date from, int n) const {
  VB_ASSIGN_OR_RETURN(auto deadline, ComputeDeadline(from, n));
  return deadline.due;
}

Result<Deadline> HolidayCalendar::ComputeDeadline(Date from, int n) const {
  if (n < 0) return InvalidArgument("a number of working days cannot be negative");
  VB_RETURN_IF_ERROR(CheckCovered(from, "the date"));
  Deadline deadline{rules_.profile, from, n, from, {}};
  for (int counted = 0; counted < n;) {
    deadline.due = AddDays(deadline.due, 1);
    VB_RETURN_IF_ERROR(CheckCovered(deadline.due, "the count reaches"));
    const weekday wd{sys_days(deadline.due)};
    if (wd == std::chrono::Saturday || wd == std::chrono::Sunday) continue;
    if (auto holiday = HolidayOn(deadline.due)) {
      deadline.skipped_holidays.push_back(std::move(*holiday));
      continue;
    }
    ++counted;
  }
  return deadline;
}

Result<int> HolidayCalendar::WorkingDaysBetween(Date from, Date to) const {
  VB_RETURN_IF_ERROR(CheckCovered(from, "the date"));
  VB_RETURN_IF_ERROR(CheckCovered(to, "the date"));
  if (sys_days(to) < sys_days(from)) {
    VB_ASSIGN_OR_RETURN(int back, WorkingDaysBetween(to, from));
    return -back;
  }
  int count = 0;
  for (Date d = AddDays(from, 1); sys_days(d) <= sys_days(to); d = AddDays(d, 1)) {
    if (IsWorkingDay(d)) ++count;
  }
  return count;
}

}  // namespace verbatim::tasks
