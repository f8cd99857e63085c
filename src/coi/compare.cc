#include "coi/compare.h"

#include <algorithm>
#include <set>

#include "calendar/converter.h"
#include "coi/extract_tokens.h"

namespace verbatim::coi {
namespace {

using calendar::Day;

// ParseQuery takes at most 64 words; the years of the period take up to kMaxYears of them.
constexpr std::size_t kMaxTermWords = 48;
constexpr int kMaxYears = 12;

int YearOf(Day d) { return static_cast<int>(std::chrono::year_month_day(d).year()); }

std::size_t WordCount(const std::string& key) {
  return static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

// The statement's period: from the earliest to the latest day it names.
std::optional<calendar::DayRange> Window(const Statement& s) {
  if (s.periods.empty()) return std::nullopt;
  calendar::DayRange w = s.periods.front().range;
  for (const auto& p : s.periods) {
    w.first = std::min(w.first, p.range.first);
    w.last = std::max(w.last, p.range.last);
  }
  return w;
}

std::vector<std::string> Countries(const Statement& s) {
  std::set<std::string> out;
  for (const auto& p : s.places) out.insert(p.country);
  if (out.empty()) {
    for (const auto& a : s.actors) out.insert(a.actor->countries.begin(), a.actor->countries.end());
  }
  return {out.begin(), out.end()};
}

Day PlusMonths(Day d, int months) {
  std::chrono::year_month_day ymd(d);
  const auto shifted = ymd.year() / ymd.month() / std::chrono::day(1) + std::chrono::months(months);
  return std::chrono::sys_days(shifted.year() / shifted.month() / std::chrono::last);
}

}  // namespace

std::string_view TimeMatchName(TimeMatch match) {
  switch (match) {
    case TimeMatch::kNone:
      return "none";
    case TimeMatch::kYearInText:
      return "year_in_text";
    case TimeMatch::kPublication:
      return "publication";
  }
  return "none";
}

std::string StatementQuery(const Statement& s) {
  std::vector<std::string> phrases;
  std::set<std::string> seen;
  std::size_t words = 0;
  auto add = [&](const std::string& spelling) {
    const std::string key = MatchKey(spelling);
    if (key.empty() || !seen.insert(key).second) return;
    if (words + WordCount(key) > kMaxTermWords) return;
    words += WordCount(key);
    phrases.push_back("\"" + key + "\"");
  };
  for (const auto& p : s.places) {
    add(p.name);
    add(p.matched);
  }
  for (const auto& a : s.actors) {
    add(a.actor->name);
    for (const auto& alias : a.actor->aliases) add(alias);
  }
  std::string query;
  for (const auto& p : phrases) query += (query.empty() ? "" : " OR ") + p;
  return query;
}

std::string Caption(const Statement& s) {
  std::vector<std::string> names;
  for (const auto& p : s.places) {
    if (std::find(names.begin(), names.end(), p.matched) == names.end()) names.push_back(p.matched);
  }
  for (const auto& a : s.actors) names.push_back(a.actor->name);
  if (names.empty()) return "";
  std::string caption = "sources on ";
  for (std::size_t i = 0; i < names.size(); ++i) caption += (i == 0 ? "" : ", ") + names[i];
  if (const auto w = Window(s)) {
    const int from = YearOf(w->first), to = YearOf(w->last);
    caption += ", " + std::to_string(from);
    if (to != from) caption += "\xE2\x80\x93" + std::to_string(to);  // en dash
  }
  return caption;
}

Result<std::vector<StatementComparison>> CompareText(store::Store& store, std::string_view text,
                                                     const CompareOptions& options) {
  if (options.passages_per_statement < 1 || options.passages_per_statement > 20) {
    return InvalidArgument("passages per statement must be 1 to 20");
  }
  std::vector<StatementComparison> out;
  for (Statement& statement : ExtractStatements(text, options.today)) {
    StatementComparison c{std::move(statement), "", {}};
    const std::string terms = StatementQuery(c.statement);
    if (terms.empty()) {
      out.push_back(std::move(c));
      continue;
    }
    c.caption = Caption(c.statement);
    SearchRequest request;
    request.countries = Countries(c.statement);
    request.limit = options.passages_per_statement;
    std::set<std::string> taken;
    auto run = [&](TimeMatch why) -> Status {
      if (static_cast<int>(c.passages.size()) >= options.passages_per_statement)
        return Status::Ok();
      VB_ASSIGN_OR_RETURN(SearchResponse found, Search(store, request));
      for (auto& hit : found.results) {
        if (static_cast<int>(c.passages.size()) >= options.passages_per_statement) break;
        if (!taken.insert(hit.passage_id).second) continue;
        c.passages.push_back({std::move(hit), why});
      }
      return Status::Ok();
    };
    if (const auto window = Window(c.statement)) {
      std::string years;
      for (int y = YearOf(window->first);
           y <= YearOf(window->last) && y < YearOf(window->first) + kMaxYears; ++y) {
        years += (years.empty() ? "" : " OR ") + std::to_string(y);
      }
      request.query = "(" + terms + ") (" + years + ")";
      VB_RETURN_IF_ERROR(run(TimeMatch::kYearInText));
      request.query = terms;
      request.from_date = calendar::IsoDay(window->first);
      request.to_date = calendar::IsoDay(PlusMonths(window->last, 18));
      VB_RETURN_IF_ERROR(run(TimeMatch::kPublication));
    } else {
      request.query = terms;
      VB_RETURN_IF_ERROR(run(TimeMatch::kNone));
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace verbatim::coi
