#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `screenings`: one person screened at the border with a questionnaire (issue 5).
struct ScreeningRecord {
  std::string id;
  std::string form_id;
  std::string country;
  std::string location;
  std::string person_name;
  std::string person_sex;
  std::optional<std::int64_t> person_age;  // approximate years
  std::string person_nationality;
  std::string person_language;
  std::string answers_json;
  std::string result_json;
  bool non_refoulement = false;
  std::optional<bool> fear_confirmed;  // nullopt until the officer confirms or dismisses
  std::optional<std::int64_t> fear_decided_at;
  std::string fear_decided_by;
  std::string search_key;
  std::int64_t created_at = 0;  // Unix microseconds
  std::string created_by;
};

/// A row of `screening_decisions`.
struct ScreeningDecisionRecord {
  std::string id;
  std::string screening_id;
  std::string kind;
  std::string note;
  std::int64_t decided_at = 0;
  std::string decided_by;
};

Status InsertScreening(Transaction& txn, const ScreeningRecord& record);
Result<std::optional<ScreeningRecord>> FindScreening(Transaction& txn, const std::string& id);
/// Screenings whose search key contains `folded_query` (already case-folded; "" for all),
/// newest first.
Result<std::vector<ScreeningRecord>> SearchScreenings(Transaction& txn,
                                                      const std::string& folded_query, int limit);
/// Records the officer's confirmation or dismissal of the matched fear phrases. Never touches
/// non_refoulement, which holds from the moment of the statement (UN-4). NotFound for an unknown
/// id.
Status SetScreeningFearConfirmed(Transaction& txn, const std::string& id, bool confirmed,
                                 std::int64_t at, const std::string& by);
/// Locks the screening's row for the rest of a write transaction (PostgreSQL FOR UPDATE; SQLite
/// write transactions are exclusive already) and returns it, so a decision is checked against the
/// state it is written on.
Result<std::optional<ScreeningRecord>> LockScreening(Transaction& txn, Dialect dialect,
                                                     const std::string& id);

Status InsertScreeningDecision(Transaction& txn, const ScreeningDecisionRecord& record);
/// Oldest first.
Result<std::vector<ScreeningDecisionRecord>> ListScreeningDecisions(
    Transaction& txn, const std::string& screening_id);

}  // namespace verbatim::store
