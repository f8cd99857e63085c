#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/coi_table.h"
#include "store/store.h"

namespace verbatim::coi {

/// A search over the COI library. `query` uses the language of ParseQuery (query.h).
struct SearchRequest {
  std::string query;
  std::vector<std::string> countries;  // ISO 3166 alpha-2; any of them; empty = all
  std::string source;                  // part of the publisher's name, any case; "" = all
  std::string from_date;               // YYYY or YYYY-MM-DD, inclusive; "" = open
  std::string to_date;
  int limit = 20;  // 1..100
  int offset = 0;
};

/// One ranked passage; the field names are those of the CLI's and API's JSON answer.
using SearchResult = store::CoiSearchHit;

struct SearchResponse {
  std::vector<SearchResult> results;
  std::int64_t total = 0;  // over all pages
};

/// Ranks passages by BM25 (SQLite FTS5) or ts_rank_cd (PostgreSQL), best first. Scores compare
/// within one answer only. InvalidArgument for a query with nothing to search for, a query that
/// only excludes, or a malformed filter; never an SQL error for what the officer typed.
Result<SearchResponse> Search(store::Store& store, const SearchRequest& request);

}  // namespace verbatim::coi
