#include "calendar/approximate_date.h"

#include <array>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "calendar/converter.h"
#include "calendar/month_lookup.h"
#include "calendar/name_text.h"
#include "calendar/season.h"

namespace verbatim::calendar {
namespace {

// Era abbreviations written after a year, and the calendar each implies.
constexpr std::array<std::pair<std::string_view, CalendarId>, 17> kEraWords = {{
    {"ad", CalendarId::kGregorian},
    {"ce", CalendarId::kGregorian},
    {"ap", CalendarId::kPersian},
    {"sh", CalendarId::kPersian},
    {"hs", CalendarId::kPersian},
    {"hsh", CalendarId::kPersian},
    {"ه.ش", CalendarId::kPersian},
    {"ش", CalendarId::kPersian},
    {"ah", CalendarId::kIslamicUmalqura},
    {"ه.ق", CalendarId::kIslamicUmalqura},
    {"هـ", CalendarId::kIslamicUmalqura},
    {"ec", CalendarId::kEthiopic},
    {"ዓ.ም", CalendarId::kEthiopic},
    {"bs", CalendarId::kBikramSambat},
    {"vs", CalendarId::kBikramSambat},
    {"be", CalendarId::kBuddhist},
    {"saka", CalendarId::kIndian},
}};

std::optional<CalendarId> EraWord(std::string_view token) {
  const std::string normalized = NormalizeName(token);
  for (const auto& [word, calendar] : kEraWords) {
    if (NormalizeName(word) == normalized) return calendar;
  }
  return std::nullopt;
}

bool IsNumber(std::string_view s) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Splits on white space, commas (Latin and Arabic) and nothing else.
std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    if (c == ' ' || c == '\t' || c == ',') {
      flush();
    } else if (c == 0xD8 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0x8C) {  // U+060C Arabic comma
      flush();
      ++i;
    } else {
      current += static_cast<char>(c);
    }
  }
  flush();
  return tokens;
}

// "1398", "1398-05", "1398/05/12": year first, parts separated by '-', '/' or '.'.
std::optional<std::vector<int>> NumericParts(const std::string& token) {
  std::vector<int> parts;
  std::string part;
  for (char c : token + "-") {
    if (c == '-' || c == '/' || c == '.') {
      if (!IsNumber(part)) return std::nullopt;
      parts.push_back(std::stoi(part));
      part.clear();
    } else {
      part += c;
    }
  }
  if (parts.size() > 3) return std::nullopt;
  return parts;
}

Result<Day> LastDayOfMonth(CalendarId calendar, int year, int month) {
  VB_ASSIGN_OR_RETURN(const int days, DaysInMonth(calendar, year, month));
  return ToDay({calendar, year, month, days});
}

Result<ApproximateDate> Whole(CalendarId calendar, int year, int first_month, int last_month,
                              Precision precision) {
  VB_ASSIGN_OR_RETURN(const Day first, ToDay({calendar, year, first_month, 1}));
  VB_ASSIGN_OR_RETURN(const Day last, LastDayOfMonth(calendar, year, last_month));
  return ApproximateDate{calendar, precision, {first, last}};
}

Result<ApproximateDate> OneDay(CalendarId calendar, int year, int month, int day) {
  VB_ASSIGN_OR_RETURN(const Day d, ToDay({calendar, year, month, day}));
  return ApproximateDate{calendar, Precision::kDay, {d, d}};
}

Result<ApproximateDate> YearOnly(CalendarId calendar, int year) {
  VB_ASSIGN_OR_RETURN(const int months, MonthsInYear(calendar, year));
  return Whole(calendar, year, 1, months, Precision::kYear);
}

Result<ApproximateDate> FromNumbers(const std::string& token, CalendarId calendar) {
  const auto parts = NumericParts(token);
  if (!parts) return InvalidArgument("write numbers as YYYY, YYYY-MM or YYYY-MM-DD");
  if (parts->size() > 1 && token.find_first_of("-/.") < 3) {
    return InvalidArgument(
        "write the year first (YYYY-MM-DD): day-first and month-first "
        "orders cannot be told apart");
  }
  const std::vector<int>& p = *parts;
  if (p.size() == 1) return YearOnly(calendar, p[0]);
  if (p.size() == 2) return Whole(calendar, p[0], p[1], p[1], Precision::kMonth);
  return OneDay(calendar, p[0], p[1], p[2]);
}

// Whether `year` of `calendar` begins between 1900 and 2100: which of two calendars sharing a
// month name an applicant's year belongs to.
bool Plausible(CalendarId calendar, int year) {
  const auto day = ToDay({calendar, year, 1, 1});
  if (!day.ok()) return false;
  const int gregorian = static_cast<int>(std::chrono::year_month_day(*day).year());
  return gregorian >= 1900 && gregorian <= 2100;
}

std::string CalendarList(const std::set<CalendarId>& calendars) {
  std::string out;
  for (CalendarId id : calendars) {
    if (!out.empty()) out += " and ";
    out += CalendarName(id);
  }
  return out;
}

Result<MonthNameMatch> ChooseMonth(const std::string& words, std::vector<MonthNameMatch> matches,
                                   std::optional<CalendarId> chosen, int year) {
  if (chosen) {
    std::erase_if(matches,
                  [&](const MonthNameMatch& m) { return !SameFamily(m.calendar, *chosen); });
    if (matches.empty()) {
      return InvalidArgument("'" + words + "' is not a month of the " +
                             std::string(CalendarName(*chosen)) + " calendar");
    }
    for (auto& m : matches) m.calendar = *chosen;
  }
  std::set<CalendarId> calendars;
  for (const auto& m : matches) calendars.insert(m.calendar);
  if (calendars.size() > 1) {
    std::erase_if(matches, [&](const MonthNameMatch& m) { return !Plausible(m.calendar, year); });
    if (matches.empty()) {
      return InvalidArgument("'" + words + "' is a month in the " + CalendarList(calendars) +
                             " calendars, and " + std::to_string(year) +
                             " is not a year of the last two centuries in any of them; say "
                             "which calendar is meant");
    }
    std::set<CalendarId> plausible;
    for (const auto& m : matches) plausible.insert(m.calendar);
    if (plausible.size() > 1) {
      return InvalidArgument("'" + words + "' is a month in the " + CalendarList(plausible) +
                             " calendars; say which calendar is meant");
    }
  }
  for (const auto& m : matches) {
    if (m.key != matches.front().key) {
      return InvalidArgument("'" + words + "' can name more than one month; use another spelling");
    }
  }
  return matches.front();
}

Result<ApproximateDate> FromWords(std::vector<std::string> tokens,
                                  std::optional<CalendarId> chosen) {
  if (!IsNumber(tokens.back())) {
    return InvalidArgument("it has no year at the end; give at least a year");
  }
  const int year = std::stoi(tokens.back());
  tokens.pop_back();
  std::optional<int> day;
  if (!tokens.empty() && IsNumber(tokens.front())) {
    day = std::stoi(tokens.front());
    tokens.erase(tokens.begin());
  } else if (!tokens.empty() && IsNumber(tokens.back())) {  // "March 5, 2019"
    day = std::stoi(tokens.back());
    tokens.pop_back();
  }
  std::string words;
  for (const auto& t : tokens) words += (words.empty() ? "" : " ") + t;
  if (words.empty()) {
    if (day) return InvalidArgument("a day and a year need a month between them");
    return YearOnly(chosen.value_or(CalendarId::kGregorian), year);
  }
  if (const auto season = FindSeasonWord(words)) {
    if (day) return InvalidArgument("a season has no day");
    const CalendarId calendar = chosen.value_or(season->calendar);
    VB_ASSIGN_OR_RETURN(const DayRange range, SeasonRange(calendar, season->season, year));
    return ApproximateDate{calendar, Precision::kSeason, range};
  }
  auto matches = FindMonthName(words);
  if (matches.empty()) {
    return InvalidArgument("'" + words +
                           "' is not a month or season Verbatim knows "
                           "(docs/calendar.md lists them); give the month as a number "
                           "(YYYY-MM) and name the calendar");
  }
  VB_ASSIGN_OR_RETURN(const MonthNameMatch match,
                      ChooseMonth(words, std::move(matches), chosen, year));
  VB_ASSIGN_OR_RETURN(const auto months, ResolveMonth(match.calendar, match.key, year));
  if (!day) return Whole(match.calendar, year, months.first, months.second, Precision::kMonth);
  if (months.first != months.second) {
    return InvalidArgument(std::to_string(year) +
                           " is a leap year with two Adars; say Adar I "
                           "or Adar II");
  }
  return OneDay(match.calendar, year, months.first, *day);
}

Result<ApproximateDate> Parse(const std::string& text, std::optional<CalendarId> calendar) {
  std::vector<std::string> tokens = Tokens(text);
  if (tokens.empty()) return InvalidArgument("it is empty");
  std::optional<CalendarId> chosen = calendar;
  if (tokens.size() >= 2) {
    if (const auto era = EraWord(tokens.back())) {
      if (calendar && !SameFamily(*calendar, *era)) {
        return InvalidArgument("its era says " + std::string(CalendarName(*era)) +
                               " but the calendar given is " +
                               std::string(CalendarName(*calendar)));
      }
      if (!calendar) chosen = era;
      tokens.pop_back();
    }
  }
  if (tokens.size() == 1 && NumericParts(tokens[0])) {
    return FromNumbers(tokens[0], chosen.value_or(CalendarId::kGregorian));
  }
  return FromWords(std::move(tokens), chosen);
}

}  // namespace

std::string_view PrecisionName(Precision precision) {
  switch (precision) {
    case Precision::kDay:
      return "day";
    case Precision::kMonth:
      return "month";
    case Precision::kSeason:
      return "season";
    case Precision::kYear:
      return "year";
  }
  return "unknown";
}

Result<ApproximateDate> ParseApproximateDate(std::string_view text,
                                             std::optional<CalendarId> calendar) {
  const std::string cleaned = Trim(AsciiDigits(text));
  auto parsed = Parse(cleaned, calendar);
  if (!parsed.ok()) {
    return InvalidArgument("cannot read the date '" + std::string(text) +
                           "': " + parsed.status().message());
  }
  return parsed;
}

}  // namespace verbatim::calendar
