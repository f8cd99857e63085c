#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `coi_documents`: one imported country-of-origin report with its header metadata.
struct CoiDocumentRecord {
  std::string id;
  std::string content_hash;  // SHA-256 hex of the imported file
  std::string title;
  std::string publisher;
  std::string country;  // ISO 3166-1 alpha-2, "" when unknown
  std::string language;
  std::string published;       // as given: "2025" or "2026-01-22"
  std::string published_date;  // YYYY-MM-DD, "" when unknown
  std::string report_period;
  std::string document_type;
  std::string source;
  std::string licence;
  std::string file_name;
  std::string body;
  std::int64_t imported_at = 0;
};

/// A row of `coi_passages`: about a paragraph, with the heading of its section.
struct CoiPassageRecord {
  std::string id;
  std::string document_id;
  int ordinal = 0;
  std::string heading;
  std::string text;
};

/// What to search for. `match` is already in the dialect's own full-text syntax (an FTS5 MATCH
/// expression, or a to_tsquery('simple', …) string); it is bound as a parameter, never spliced.
/// Country lists hold upper-case ISO codes, "" standing for documents without a country.
struct CoiSearchSpec {
  std::string match;
  std::vector<std::string> countries;      // country is one of these; empty = no condition
  std::vector<std::string> not_countries;  // country is none of these
  std::vector<std::string> sources;          // publisher contains one of these (lower case)
  std::vector<std::string> exclude_sources;  // publisher contains none of these (lower case)
  std::vector<std::string> types;            // document_type is one of these (lower case)
  std::vector<std::string> languages;        // language is one of these (lower case)
  std::string from_date;  // inclusive YYYY-MM-DD bounds on published_date; "" = open
  std::string to_date;
  bool by_date = false;  // newest first (then by score) instead of best first
  bool facets = false;   // count matches per country, publisher and year
  int limit = 20;
  int offset = 0;
};

/// One hit. `score` is larger for better matches in both dialects (negated bm25 on SQLite,
/// ts_rank_cd on PostgreSQL), but the scales differ.
struct CoiSearchHit {
  std::string document_id;
  std::string passage_id;
  std::string title;
  std::string source;
  std::string date;
  std::string country;
  std::string heading;
  double score = 0;
  std::string snippet;
};

/// How many matching passages have one value of a field.
struct CoiFacetCount {
  std::string value;
  std::int64_t count = 0;
};

struct CoiSearchPage {
  std::vector<CoiSearchHit> hits;
  std::int64_t total = 0;
  // Over every match, not the page; filled only when the spec asks for facets. Most first.
  std::vector<CoiFacetCount> countries, sources, years;
};

/// The highlight markers that snippets carry from the database (U+E000 before a match, U+E001
/// after it): private-use characters that the importer strips from every text, so they can only
/// be ours.
inline constexpr const char* kCoiMarkStart = "\xEE\x80\x80";
inline constexpr const char* kCoiMarkEnd = "\xEE\x80\x81";

Result<std::optional<CoiDocumentRecord>> FindCoiDocumentByHash(Transaction& txn,
                                                               const std::string& content_hash);
/// Inserts the document and its passages (the full-text index follows by trigger or generated
/// column).
Status InsertCoiDocument(Transaction& txn, const CoiDocumentRecord& document,
                         const std::vector<CoiPassageRecord>& passages);
Result<std::optional<CoiDocumentRecord>> FindCoiDocument(Transaction& txn, const std::string& id);
/// How many documents and passages the library holds.
Result<std::pair<std::int64_t, std::int64_t>> CountCoiLibrary(Transaction& txn);
Result<std::vector<CoiPassageRecord>> ListCoiPassages(Transaction& txn,
                                                      const std::string& document_id);
/// Ranked passages matching `spec`, best first, with the total count over all pages.
Result<CoiSearchPage> SearchCoiPassages(Transaction& txn, Dialect dialect,
                                        const CoiSearchSpec& spec);

}  // namespace verbatim::store
