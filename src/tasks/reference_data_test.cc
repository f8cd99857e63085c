// The compiled-in rules against dates published by others, copied into data/holidays/ (the
// vacanza/holidays project, MIT): the Belgian legal public holidays 2000–2030 and the national
// holidays of DE, FR and NL 2000–2050. Every difference must be one that docs/deadlines.md
// explains; anything else fails.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/json.h"
#include "tasks/working_days.h"

namespace verbatim::tasks {
namespace {

using std::chrono::sys_days;
using std::chrono::year;

std::string ReadDataFile(const std::string& name) {
  std::ifstream in(std::string(VB_HOLIDAY_DATA_DIR) + "/" + name);
  EXPECT_TRUE(in) << name;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool IsSunday(Date d) { return std::chrono::weekday(sys_days(d)) == std::chrono::Sunday; }

// date → name of every day our calendar keeps in [from, to].
std::map<std::string, std::string> Ours(const HolidayCalendar& calendar, int from, int to) {
  std::map<std::string, std::string> days;
  for (int y = from; y <= to; ++y) {
    for (const auto& h : calendar.HolidaysIn(year(y))) days[FormatIsoDate(h.date)] = h.name;
  }
  return days;
}

TEST(ReferenceData, BelgiumMatchesTheLegalPublicHolidays2000To2030) {
  // Columns: date,name_en,category,is_sunday; category "public" (legal) or "bank".
  std::istringstream csv(ReadDataFile("belgium-public-holidays-2000-2030.csv"));
  std::string line;
  // The file has CRLF line ends, as published.
  const auto next_line = [&] {
    if (!std::getline(csv, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
  };
  next_line();
  ASSERT_EQ(line, "date,name_en,category,is_sunday");
  std::map<std::string, std::string> legal;
  int bank = 0;
  while (next_line()) {
    std::stringstream row(line);
    std::string date, name, category;
    std::getline(row, date, ',');
    std::getline(row, name, ',');
    std::getline(row, category, ',');
    if (category == "public") {
      legal[date] = name;
    } else {
      ASSERT_EQ(category, "bank") << line;
      ++bank;
    }
  }
  const auto ours = Ours(*HolidayCalendar::ForProfile("BE"), 2000, 2030);
  int agreed = 0, sundays_only_in_csv = 0;
  for (const auto& [date, name] : legal) {
    if (ours.count(date)) {
      ++agreed;
      continue;
    }
    // Easter Sunday and Whit Sunday: listed by vacanza, never a working day, not in the law's ten.
    EXPECT_TRUE(IsSunday(*ParseIsoDate(date)) && (name == "Easter Sunday" || name == "Pentecost"))
        << "the CSV has a legal holiday we lack: " << date << " " << name;
    ++sundays_only_in_csv;
  }
  for (const auto& [date, name] : ours) {
    EXPECT_TRUE(legal.count(date)) << "we keep a day the CSV does not: " << date << " " << name;
  }
  EXPECT_EQ(agreed, 31 * 10 - 1);  // 2008: Ascension Day on Labour Day
  EXPECT_EQ(sundays_only_in_csv, 31 * 2);
  std::cout << "BE 2000–2030: " << legal.size() << " legal public holidays in the CSV, " << agreed
            << " agreed, " << sundays_only_in_csv << " Easter/Whit Sundays left out, " << bank
            << " bank holidays not counted\n";
}

// A day vacanza lists that we leave out, or the reverse, that docs/deadlines.md explains.
struct Explained {
  const char* profile;
  const char* date;
};

TEST(ReferenceData, DeFrNlMatchVacanzaExceptDocumentedDays) {
  // FR: vacanza drops Whit Monday in the years it was the default journée de solidarité; the
  // Code du travail kept it a jour férié (FR.json "law").
  const std::set<std::pair<std::string, std::string>> kExplained = {
      {"FR", "2005-05-16"}, {"FR", "2006-06-05"}, {"FR", "2007-05-28"}};
  int explained = 0;
  for (const char* profile : {"DE", "FR", "NL"}) {
    auto snapshot =
        ParseJson(ReadDataFile(std::string("holidays-snapshot-") + profile + "_COMMON.json"));
    ASSERT_TRUE(snapshot.ok()) << profile;
    std::map<std::string, std::string> theirs;
    for (const auto& [date, name] : snapshot->items()) {
      // Sundays (Easter Sunday, Whit Sunday) change no working-day count.
      if (date >= "2000" && date < "2051" && !IsSunday(*ParseIsoDate(date))) {
        theirs[date] = name.get<std::string>();
      }
    }
    auto ours = Ours(*HolidayCalendar::ForProfile(profile), 2000, 2050);
    std::erase_if(ours, [](const auto& day) { return IsSunday(*ParseIsoDate(day.first)); });
    int agreed = 0;
    for (const auto& [date, name] : theirs) {
      if (ours.count(date)) {
        ++agreed;
      } else {
        ADD_FAILURE() << profile << ": vacanza has " << date << " " << name << ", we do not";
      }
    }
    for (const auto& [date, name] : ours) {
      if (theirs.count(date)) continue;
      if (kExplained.count({profile, date})) {
        ++explained;
      } else {
        ADD_FAILURE() << profile << ": we keep " << date << " " << name << ", vacanza does not";
      }
    }
    std::cout << profile << " 2000–2050: " << theirs.size() << " holidays off Sundays in vacanza, "
              << agreed << " agreed\n";
  }
  EXPECT_EQ(explained, 3);
}

}  // namespace
}  // namespace verbatim::tasks
