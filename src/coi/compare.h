#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "coi/extract.h"
#include "coi/search.h"
#include "store/store.h"

namespace verbatim::coi {

/// Why a passage counts as being about the statement's time.
enum class TimeMatch {
  kNone,         // the statement names no period: the passage is on the place or actor
  kYearInText,   // the passage's text names a year of the period
  kPublication,  // its document was published during the period or in the 18 months after it
};

/// "none", "year_in_text", "publication".
std::string_view TimeMatchName(TimeMatch match);

struct ComparedPassage {
  SearchResult passage;
  TimeMatch time_match = TimeMatch::kNone;
};

/// One statement with the COI passages set beside it (AS-5). There is deliberately no score of
/// the statement and no word on whether it agrees with the sources: the officer reads both and
/// judges.
struct StatementComparison {
  Statement statement;
  std::string caption;  // "sources on Ghazni, Taliban, 2019"; "" when nothing can be looked up
  std::vector<ComparedPassage> passages;
};

struct CompareOptions {
  calendar::Day today;             // where bare years are read from (extract_dates.h)
  int passages_per_statement = 5;  // 1..20
};

/// Extracts the statements of `text` and finds, for each that names a place or an actor, the
/// passages that mention one of its places or actors (any spelling the gazetteer or the actor
/// list knows), in documents of the places' countries (or, without a place, the actors'), and
/// within the statement's period when it names one: first the passages whose text names a
/// year of the period, then those of documents published during it or up to 18 months after it
/// (annual reports appear the year after the one they cover). Best first within each group.
Result<std::vector<StatementComparison>> CompareText(store::Store& store, std::string_view text,
                                                     const CompareOptions& options);

/// The search terms of a statement, in the query language of query.h: places and actors
/// joined by OR, each a quoted phrase. "" when the statement names neither.
std::string StatementQuery(const Statement& statement);

/// "sources on Ghazni, Taliban, 2019" (or "2018–2020" for a period over several years).
std::string Caption(const Statement& statement);

}  // namespace verbatim::coi
