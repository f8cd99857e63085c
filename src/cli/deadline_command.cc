// `verbatim deadline`: the due date a number of working days after a date (CH-3.10, AS-3).
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/command.h"
#include "tasks/deadline_json.h"
#include "tasks/working_days.h"

namespace verbatim::cli {
namespace {

struct DeadlineFlags {
  std::string profile = "BE";
  std::string from;
  std::optional<int> working_days;
  bool json = false;
};

const char* WeekdayName(tasks::Date date) {
  static constexpr const char* kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                           "Thursday", "Friday", "Saturday"};
  return kNames[std::chrono::weekday(std::chrono::sys_days(date)).c_encoding()];
}

Result<tasks::Deadline> Compute(const tasks::HolidayCalendar& calendar, std::string_view from,
                                int n) {
  VB_ASSIGN_OR_RETURN(auto date, tasks::ParseIsoDate(from));
  return calendar.ComputeDeadline(date, n);
}

// One query: the due date as a sentence a person reads, or as JSON.
int One(const tasks::HolidayCalendar& calendar, const DeadlineFlags& f) {
  if (!f.working_days) return Fail("say how many working days with --working-days N");
  auto deadline = Compute(calendar, f.from, *f.working_days);
  if (!deadline.ok()) return Fail(deadline.status().message());
  if (f.json) {
    std::cout << tasks::DeadlineToJson(*deadline).dump() << "\n";
    return 0;
  }
  std::cout << tasks::FormatIsoDate(deadline->due) << " (" << WeekdayName(deadline->due)
            << "): " << *f.working_days
            << (*f.working_days == 1 ? " working day after " : " working days after ") << f.from
            << " in " << calendar.profile();
  for (std::size_t i = 0; i < deadline->skipped_holidays.size(); ++i) {
    const auto& h = deadline->skipped_holidays[i];
    std::cout << (i == 0 ? ", not counting " : ", ") << h.name << " ("
              << tasks::FormatIsoDate(h.date) << ")";
  }
  std::cout << "\n";
  return 0;
}

// One line of `--from -`: "DATE" or "DATE N", N overriding --working-days; nullopt for a blank
// line.
std::optional<Result<tasks::Deadline>> AnswerLine(const tasks::HolidayCalendar& calendar,
                                                  const std::string& line,
                                                  std::optional<int> working_days) {
  std::istringstream fields(line);
  std::string date;
  if (!(fields >> date)) return std::nullopt;
  fields >> std::ws;
  if (!fields.eof()) {
    int n = 0;
    if (!(fields >> n) || !(fields >> std::ws).eof()) {
      return InvalidArgument("write DATE or DATE N, N a number of working days, not '" + line +
                             "'");
    }
    working_days = n;
  }
  if (!working_days) {
    return InvalidArgument("say how many working days, with --working-days N or as 'DATE N'");
  }
  return Compute(calendar, date, *working_days);
}

// `--from -`: one query a line on standard input, one JSON object a line on standard output, in
// the same order. A line that cannot be answered gives {"input","error"} and the run goes on;
// the exit code is then 1.
int Batch(const tasks::HolidayCalendar& calendar, const DeadlineFlags& f) {
  std::ios::sync_with_stdio(false);
  int failures = 0;
  std::string line;
  while (std::getline(std::cin, line)) {
    auto answer = AnswerLine(calendar, line, f.working_days);
    if (!answer) continue;
    if (answer->ok()) {
      std::cout << tasks::DeadlineToJson(**answer).dump() << "\n";
    } else {
      ++failures;
      std::cout << Json{{"input", line}, {"error", answer->status().message()}}.dump() << "\n";
    }
  }
  std::cout.flush();
  if (failures > 0) return Fail(std::to_string(failures) + " of the lines could not be answered");
  return 0;
}

int Deadline(const DeadlineFlags& f) {
  auto calendar = tasks::HolidayCalendar::ForProfile(f.profile);
  if (!calendar.ok()) return Fail(calendar.status().message());
  return f.from == "-" ? Batch(*calendar, f) : One(*calendar, f);
}

}  // namespace

void AddDeadlineCommands(std::vector<Command>& table) {
  table.push_back(
      {{"deadline"},
       "the due date N working days after a date, by a jurisdiction's public holidays",
       [](CLI::App& app) -> std::function<int()> {
         auto f = std::make_shared<DeadlineFlags>();
         app.add_option("--profile", f->profile, "jurisdiction: BE (default), DE, FR or NL");
         app.add_option("--from", f->from,
                        "the day of the event, YYYY-MM-DD; '-' reads one date (or 'DATE N') a "
                        "line from standard input and prints JSON Lines")
             ->required();
         app.add_option("--working-days", f->working_days,
                        "how many working days after it the deadline falls (CH-3.10: 2, 8)");
         app.add_flag("--json", f->json,
                      "print {from, working_days, due, profile, "
                      "skipped_holidays} as JSON");
         return [f] { return Deadline(*f); };
       }});
}

}  // namespace verbatim::cli
