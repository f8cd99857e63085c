// verbatim date …: the calendar converter of AS-2 (DOMAIN.md) on the command line.
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/text.h"
#include "calendar/age.h"
#include "calendar/approximate_date.h"
#include "calendar/converter.h"
#include "calendar/date_json.h"
#include "calendar/numeric_date.h"
#include "calendar/describe.h"
#include "calendar/name_text.h"
#include "cli/command.h"

namespace verbatim::cli {
namespace {

using calendar::CalendarId;

struct ConvertFlags {
  std::vector<std::string> dates;
  std::string from = "gregorian";
  std::string to = "gregorian";
  std::string names = "en";
  bool json = false;
};

struct ApproximateFlags {
  std::vector<std::string> words;  // "Hamal 1398" may come quoted or as two arguments
  std::string born;
  std::string on;
  std::string calendar;
  bool json = false;
};

// Converts one date and prints it; false (after saying why on stderr) when it cannot.
bool ConvertOne(const ConvertFlags& f, CalendarId from, CalendarId to, const std::string& text,
                std::optional<int> line) {
  auto report = [&](const Status& s) {
    Fail((line ? "line " + std::to_string(*line) + ": " : std::string()) + s.message());
    return false;
  };
  auto date = calendar::ParseNumericDate(text, from);
  if (!date.ok()) return report(date.status());
  auto converted = calendar::Convert(*date, to);
  if (!converted.ok()) return report(converted.status());
  auto described = calendar::Describe(*converted, f.names);
  if (!described.ok()) return report(described.status());
  if (f.json) {
    std::cout << calendar::ToJson(*described).dump() << "\n";
  } else {
    char numeric[32];
    std::snprintf(numeric, sizeof numeric, "%d-%02d-%02d", converted->year, converted->month,
                  converted->day);
    std::cout << calendar::ToText(*described) << " (" << calendar::CalendarName(to) << " "
              << numeric << ")\n";
  }
  return true;
}

int Convert(const ConvertFlags& f) {
  const auto from = calendar::ParseCalendarId(f.from);
  if (!from.ok()) return Fail(from.status().message());
  const auto to = calendar::ParseCalendarId(f.to);
  if (!to.ok()) return Fail(to.status().message());
  int failures = 0;
  for (const std::string& arg : f.dates) {
    if (arg != "-") {
      if (!ConvertOne(f, *from, *to, arg, std::nullopt)) ++failures;
      continue;
    }
    // One date per line; a bad line is reported with its number and the rest still printed.
    std::string line;
    for (int number = 1; std::getline(std::cin, line); ++number) {
      if (Trim(line).empty()) continue;
      if (!ConvertOne(f, *from, *to, line, number)) ++failures;
    }
  }
  std::cout.flush();
  return failures == 0 ? 0 : 1;
}

std::optional<CalendarId> OptionalCalendar(const std::string& name, Status& error) {
  if (name.empty()) return std::nullopt;
  auto id = calendar::ParseCalendarId(name);
  if (!id.ok()) {
    error = id.status();
    return std::nullopt;
  }
  return *id;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

int Range(const ApproximateFlags& f) {
  Status error;
  const auto cal = OptionalCalendar(f.calendar, error);
  if (!error.ok()) return Fail(error.message());
  const std::string text = Join(f.words);
  const auto date = calendar::ParseApproximateDate(text, cal);
  if (!date.ok()) return Fail(date.status().message());
  if (f.json) {
    std::cout << calendar::ToJson(text, *date).dump() << "\n";
  } else {
    std::cout << text << " (" << calendar::CalendarName(date->calendar) << ", "
              << calendar::PrecisionName(date->precision)
              << "): " << calendar::IsoDay(date->range.first) << " to "
              << calendar::IsoDay(date->range.last) << "\n";
  }
  return 0;
}

int Age(const ApproximateFlags& f) {
  Status error;
  const auto cal = OptionalCalendar(f.calendar, error);
  if (!error.ok()) return Fail(error.message());
  const auto born = calendar::ParseApproximateDate(f.born, cal);
  if (!born.ok()) return Fail(born.status().message());
  calendar::DayRange on;
  if (f.on.empty()) {
    const calendar::Day today =
        std::chrono::floor<std::chrono::days>(SystemClock::Instance().Now());
    on = {today, today};
  } else {
    const auto parsed = calendar::ParseApproximateDate(f.on, cal);
    if (!parsed.ok()) return Fail(parsed.status().message());
    on = parsed->range;
  }
  const auto age = calendar::AgeOn(born->range, on);
  if (!age.ok()) return Fail(age.status().message());
  if (f.json) {
    std::cout << calendar::ToJson(born->range, on, *age).dump() << "\n";
    return 0;
  }
  std::cout << "Age " << age->min;
  if (age->max != age->min) std::cout << " to " << age->max;
  std::cout << ": born " << calendar::IsoDay(born->range.first);
  if (born->range.last != born->range.first)
    std::cout << " to " << calendar::IsoDay(born->range.last);
  std::cout << ", on " << calendar::IsoDay(on.first);
  if (on.last != on.first) std::cout << " to " << calendar::IsoDay(on.last);
  std::cout << ".\n";
  return 0;
}

}  // namespace

void AddDateCommands(std::vector<Command>& table) {
  table.push_back(
      {{"date", "convert"},
       "convert dates between calendars; prints one line (or JSON object) per date",
       [](CLI::App& app) -> std::function<int()> {
         auto f = std::make_shared<ConvertFlags>();
         app.add_option("DATE", f->dates,
                        "YYYY-MM-DD in the --from calendar (months ordinal), or - to read one "
                        "date per line from standard input")
             ->required();
         app.add_option("--from", f->from, "calendar of the input: " + calendar::CalendarNameList())
             ->capture_default_str();
         app.add_option("--to", f->to, "calendar of the output")->capture_default_str();
         app.add_option("--names", f->names,
                        "language of month and weekday names: en, en-AF (Hamal…), fa, fa-AF "
                        "(Dari), ps, ar, am, ne, …")
             ->capture_default_str();
         app.add_flag("--json", f->json,
                      "JSON Lines: calendar, year, month, day, era, month_name, weekday");
         return [f] { return Convert(*f); };
       }});
  table.push_back(
      {{"date", "range"},
       "the Gregorian days an approximate date stands for (\"Hamal 1398\", \"spring 2019\")",
       [](CLI::App& app) -> std::function<int()> {
         auto f = std::make_shared<ApproximateFlags>();
         app.add_option("TEXT", f->words, "a year, YYYY-MM, a named month or a season, with year")
             ->required();
         app.add_option("--calendar", f->calendar,
                        "calendar of numbers and of names several calendars share");
         app.add_flag("--json", f->json, "print {input, calendar, precision, first, last}");
         return [f] { return Range(*f); };
       }});
  table.push_back(
      {{"date", "age"},
       "how old a person was on a date; partial dates give an age range",
       [](CLI::App& app) -> std::function<int()> {
         auto f = std::make_shared<ApproximateFlags>();
         app.add_option("--born", f->born,
                        "birth date, possibly partial (\"1990\", \"Hamal 1369\")")
             ->required();
         app.add_option("--on", f->on, "the date asked about, possibly partial (default today)");
         app.add_option("--calendar", f->calendar, "calendar of numeric dates (default gregorian)");
         app.add_flag("--json", f->json, "print {born, on, min, max}");
         return [f] { return Age(*f); };
       }});
}

}  // namespace verbatim::cli
