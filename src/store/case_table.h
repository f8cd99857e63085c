#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `cases` with its applicant (one applicant per case for now).
struct CaseRecord {
  std::string id;
  std::string case_number;
  std::int64_t created_at = 0;
  std::string created_by;
  std::string family_name;
  std::string given_names;
  std::string names_original_script;
  std::string date_of_birth;  // ISO 8601 date, or a partial date "1990" / "1990-05"
  std::string nationality;    // ISO 3166-1 alpha-2
  std::string languages_json; // JSON array of ISO 639 codes
  std::string search_key;     // case-folded names and number
};

struct CaseLinkRecord {
  std::string case_id;
  std::string related_case_id;
  std::string related_case_number;
  std::string relation;
};

/// Increments the named counter and returns its new value; concurrent callers get distinct
/// values because the row stays locked until the transaction ends.
Result<std::int64_t> NextCounterValue(Transaction& txn, const std::string& name);

Status InsertCase(Transaction& txn, const CaseRecord& record);
Result<std::optional<CaseRecord>> FindCase(Transaction& txn, const std::string& id);
/// Cases whose search key contains `folded_query` (already case-folded), newest first.
Result<std::vector<CaseRecord>> SearchCases(Transaction& txn, const std::string& folded_query,
                                            int limit);
/// AlreadyExists when the two cases are linked already.
Status InsertCaseLink(Transaction& txn, const CaseLinkRecord& link, std::int64_t created_at);
Result<std::vector<CaseLinkRecord>> ListCaseLinks(Transaction& txn, const std::string& case_id);

}  // namespace verbatim::store
