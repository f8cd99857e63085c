#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/json.h"
#include "base/result.h"
#include "store/coi_table.h"
#include "store/store.h"

namespace verbatim::coi {

/// A search over the COI library. `query` uses the language of ParseQuery (query.h). Country
/// lists take ISO 3166 alpha-2 codes in any case, and `none` for documents without a country
/// (thematic or regional reports):
/// - countries (any): documents of one of these countries, and documents without a country,
///   which may bear on any of them;
/// - only_countries (only): documents of one of these countries and no others;
/// - not_countries (none): documents of none of these countries (those without one are kept).
/// Several conditions all apply.
struct SearchRequest {
  std::string query;
  std::vector<std::string> countries;
  std::vector<std::string> only_countries;
  std::vector<std::string> not_countries;
  std::vector<std::string> sources;          // part of the publisher's name, any case; any of them
  std::vector<std::string> exclude_sources;  // part of the publisher's name; none of them
  std::vector<std::string> types;            // document type, any case; any of them
  std::vector<std::string> languages;        // ISO 639-1, any case; any of them
  std::string from_date;                     // YYYY, YYYY-MM or YYYY-MM-DD, inclusive; "" = open
  std::string to_date;
  enum class Sort { kRelevance, kDate };
  Sort sort = Sort::kRelevance;
  bool facets = false;  // count the matches per country, source and year
  int limit = 20;       // 1..100
  int offset = 0;
};

/// One ranked passage; the field names are those of the CLI's and API's JSON answer.
struct SearchResult {
  std::string document_id;
  std::string passage_id;
  std::string title;
  std::string source;  // the publisher
  std::string date;    // YYYY-MM-DD, "" when unknown
  std::string country;
  std::string heading;
  double score = 0;
  std::string snippet;  // HTML-safe: escaped text, matches in <mark>…</mark> (snippet.h)
  std::string marked;   // the snippet with the database's markers, for PlainSnippet
};

struct SearchResponse {
  std::vector<SearchResult> results;
  std::int64_t total = 0;  // over all pages
  // With SearchRequest::facets: passages per value over the whole match; "" is "unknown".
  std::vector<store::CoiFacetCount> country_facet, source_facet, year_facet;
};

/// Ranks passages by BM25 (SQLite FTS5) or ts_rank_cd (PostgreSQL), best first, or newest
/// first. Scores compare within one answer only. InvalidArgument for a query with nothing to
/// search for, a query that only excludes, or a malformed filter; never an SQL error for what
/// the officer typed.
Result<SearchResponse> Search(store::Store& store, const SearchRequest& request);

/// {"results":[{document_id, passage_id, title, source, date, country, heading, score,
/// snippet}], "total"}, and "facets":{"country":[{value,count}],"source":[…],"year":[…]} when
/// the request asked for them.
Json SearchResponseToJson(const SearchResponse& response, bool with_facets);

/// "sort=date" and friends: parses "relevance" or "date".
Result<SearchRequest::Sort> ParseSort(const std::string& text);

}  // namespace verbatim::coi
