#pragma once

#include <cstdint>
#include <optional>
#include <string>
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
struct CoiSearchSpec {
  std::string match;
  std::vector<std::string> countries;  // any of these; empty means every country
  std::string source;                  // case-insensitive substring of the publisher; "" = any
  std::string from_date;               // inclusive YYYY-MM-DD bounds on published_date; "" = open
  std::string to_date;
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

struct CoiSearchPage {
  std::vector<CoiSearchHit> hits;
  std::int64_t total = 0;
};

Result<std::optional<CoiDocumentRecord>> FindCoiDocumentByHash(Transaction& txn,
                                                               const std::string& content_hash);
/// Inserts the document and its passages (the full-text index follows by trigger or generated
/// column).
Status InsertCoiDocument(Transaction& txn, const CoiDocumentRecord& document,
                         const std::vector<CoiPassageRecord>& passages);
Result<std::vector<CoiPassageRecord>> ListCoiPassages(Transaction& txn,
                                                      const std::string& document_id);
/// Ranked passages matching `spec`, best first, with the total count over all pages.
Result<CoiSearchPage> SearchCoiPassages(Transaction& txn, Dialect dialect,
                                        const CoiSearchSpec& spec);

}  // namespace verbatim::store
