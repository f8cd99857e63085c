#include "store/screening_table.h"

namespace verbatim::store {
namespace {

constexpr const char* kColumns =
    "id, form_id, country, location, person_name, person_sex, person_age, person_nationality, "
    "person_language, answers_json, result_json, non_refoulement, fear_confirmed, "
    "fear_decided_at, fear_decided_by, search_key, created_at, created_by";

ScreeningRecord FromRow(const Row& r) {
  ScreeningRecord s;
  s.id = r.Text(0);
  s.form_id = r.Text(1);
  s.country = r.Text(2);
  s.location = r.Text(3);
  s.person_name = r.Text(4);
  s.person_sex = r.Text(5);
  s.person_age = r.OptionalInt(6);
  s.person_nationality = r.Text(7);
  s.person_language = r.Text(8);
  s.answers_json = r.Text(9);
  s.result_json = r.Text(10);
  s.non_refoulement = r.Int(11) != 0;
  if (const auto confirmed = r.OptionalInt(12)) s.fear_confirmed = *confirmed != 0;
  s.fear_decided_at = r.OptionalInt(13);
  s.fear_decided_by = r.Text(14);
  s.search_key = r.Text(15);
  s.created_at = r.Int(16);
  s.created_by = r.Text(17);
  return s;
}

Value OptionalInt(const std::optional<std::int64_t>& v) { return v ? Value(*v) : Value(); }

// LIKE treats % and _ as wildcards; a search for "50%" means the characters themselves.
std::string EscapeLike(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

Status InsertScreening(Transaction& txn, const ScreeningRecord& s) {
  const Value fear = s.fear_confirmed ? Value(*s.fear_confirmed ? 1 : 0) : Value();
  return txn
      .Execute(std::string("INSERT INTO screenings (") + kColumns +
                   ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
                   "$16, $17, $18)",
               {s.id, s.form_id, s.country, s.location, s.person_name, s.person_sex,
                OptionalInt(s.person_age), s.person_nationality, s.person_language, s.answers_json,
                s.result_json, s.non_refoulement ? 1 : 0, fear, OptionalInt(s.fear_decided_at),
                s.fear_decided_by.empty() ? Value() : Value(s.fear_decided_by), s.search_key,
                s.created_at, s.created_by})
      .status();
}

Result<std::optional<ScreeningRecord>> FindScreening(Transaction& txn, const std::string& id) {
  VB_ASSIGN_OR_RETURN(
      auto rows,
      txn.Query(std::string("SELECT ") + kColumns + " FROM screenings WHERE id = $1", {id}));
  if (rows.empty()) return std::optional<ScreeningRecord>();
  return std::optional<ScreeningRecord>(FromRow(rows[0]));
}

Result<std::optional<ScreeningRecord>> LockScreening(Transaction& txn, Dialect dialect,
                                                     const std::string& id) {
  VB_ASSIGN_OR_RETURN(
      auto rows, txn.Query(std::string("SELECT ") + kColumns + " FROM screenings WHERE id = $1" +
                               (dialect == Dialect::kPostgresql ? " FOR UPDATE" : ""),
                           {id}));
  if (rows.empty()) return std::optional<ScreeningRecord>();
  return std::optional<ScreeningRecord>(FromRow(rows[0]));
}

Result<std::vector<ScreeningRecord>> SearchScreenings(Transaction& txn,
                                                      const std::string& folded_query, int limit) {
  VB_ASSIGN_OR_RETURN(auto rows,
                      txn.Query(std::string("SELECT ") + kColumns +
                                    " FROM screenings WHERE search_key LIKE $1 ESCAPE '\\' "
                                    "ORDER BY created_at DESC, id DESC LIMIT $2",
                                {"%" + EscapeLike(folded_query) + "%", limit}));
  std::vector<ScreeningRecord> out;
  for (const auto& r : rows) out.push_back(FromRow(r));
  return out;
}

Status SetScreeningFearConfirmed(Transaction& txn, const std::string& id, bool confirmed,
                                 std::int64_t at, const std::string& by) {
  VB_ASSIGN_OR_RETURN(
      auto changed, txn.Execute("UPDATE screenings SET fear_confirmed = $1, fear_decided_at = $2, "
                                "fear_decided_by = $3 WHERE id = $4",
                                {confirmed ? 1 : 0, at, by, id}));
  if (changed == 0) return NotFound("There is no screening with the id '" + id + "'.");
  return Status::Ok();
}

Status InsertScreeningDecision(Transaction& txn, const ScreeningDecisionRecord& d) {
  return txn
      .Execute(
          "INSERT INTO screening_decisions (id, screening_id, kind, note, decided_at, "
          "decided_by) VALUES ($1, $2, $3, $4, $5, $6)",
          {d.id, d.screening_id, d.kind, d.note, d.decided_at, d.decided_by})
      .status();
}

Result<std::vector<ScreeningDecisionRecord>> ListScreeningDecisions(
    Transaction& txn, const std::string& screening_id) {
  VB_ASSIGN_OR_RETURN(auto rows,
                      txn.Query("SELECT id, screening_id, kind, note, decided_at, decided_by "
                                "FROM screening_decisions WHERE screening_id = $1 "
                                "ORDER BY decided_at, id",
                                {screening_id}));
  std::vector<ScreeningDecisionRecord> out;
  for (const auto& r : rows) {
    out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4), r.Text(5)});
  }
  return out;
}

}  // namespace verbatim::store
