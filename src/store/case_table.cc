#include "store/case_table.h"

namespace verbatim::store {
namespace {

constexpr const char* kColumns =
    "id, case_number, created_at, created_by, family_name, given_names, names_original_script, "
    "date_of_birth, nationality, languages, search_key";

CaseRecord FromRow(const Row& r) {
  return CaseRecord{r.Text(0), r.Text(1), r.Int(2), r.Text(3), r.Text(4), r.Text(5),
                    r.Text(6), r.Text(7), r.Text(8), r.Text(9), r.Text(10)};
}

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

Result<std::int64_t> NextCounterValue(Transaction& txn, const std::string& name) {
  VB_ASSIGN_OR_RETURN(auto rows,
                      txn.Query("UPDATE counters SET value = value + 1 WHERE name = $1 "
                                "RETURNING value",
                                {name}));
  if (rows.empty()) return Internal("the counter '" + name + "' does not exist");
  return rows[0].Int(0);
}

Status InsertCase(Transaction& txn, const CaseRecord& c) {
  return txn
      .Execute("INSERT INTO cases (id, case_number, created_at, created_by, family_name, "
               "given_names, names_original_script, date_of_birth, nationality, languages, "
               "search_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
               {c.id, c.case_number, c.created_at, c.created_by, c.family_name, c.given_names,
                c.names_original_script, c.date_of_birth, c.nationality, c.languages_json,
                c.search_key})
      .status();
}

Result<std::optional<CaseRecord>> FindCase(Transaction& txn, const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto rows,
                      txn.Query(std::string("SELECT ") + kColumns + " FROM cases WHERE id = $1",
                                {id}));
  if (rows.empty()) return std::optional<CaseRecord>();
  return std::optional<CaseRecord>(FromRow(rows[0]));
}

Result<std::vector<CaseRecord>> SearchCases(Transaction& txn, const std::string& folded_query,
                                            int limit) {
  VB_ASSIGN_OR_RETURN(
      auto rows,
      txn.Query(std::string("SELECT ") + kColumns +
                    " FROM cases WHERE search_key LIKE $1 ESCAPE '\\' "
                    "ORDER BY created_at DESC, case_number DESC LIMIT $2",
                {"%" + EscapeLike(folded_query) + "%", limit}));
  std::vector<CaseRecord> cases;
  for (const auto& r : rows) cases.push_back(FromRow(r));
  return cases;
}

Status InsertCaseLink(Transaction& txn, const CaseLinkRecord& link, std::int64_t created_at) {
  return txn
      .Execute("INSERT INTO case_links (case_id, related_case_id, relation, created_at) "
               "VALUES ($1, $2, $3, $4)",
               {link.case_id, link.related_case_id, link.relation, created_at})
      .status();
}

Result<std::vector<CaseLinkRecord>> ListCaseLinks(Transaction& txn, const std::string& case_id) {
  VB_ASSIGN_OR_RETURN(
      auto rows, txn.Query("SELECT l.case_id, l.related_case_id, c.case_number, l.relation "
                           "FROM case_links l JOIN cases c ON c.id = l.related_case_id "
                           "WHERE l.case_id = $1 ORDER BY c.case_number",
                           {case_id}));
  std::vector<CaseLinkRecord> links;
  for (const auto& r : rows) links.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3)});
  return links;
}

}  // namespace verbatim::store
