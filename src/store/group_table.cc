#include "store/group_table.h"

namespace verbatim::store {
namespace {

constexpr const char* kGroupSelect =
    "SELECT g.id, g.kind, g.location, g.note, g.created_at, g.created_by, "
    "(SELECT COUNT(*) FROM influx_members m WHERE m.group_id = g.id) FROM influx_groups g";

GroupRow GroupFrom(const Row& r) {
  return {r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4), r.Text(5), r.Int(6)};
}

}  // namespace

Status InsertGroup(Transaction& txn, const GroupRow& g) {
  return txn
      .Execute("INSERT INTO influx_groups (id, kind, location, note, created_at, created_by) "
               "VALUES ($1, $2, $3, $4, $5, $6)",
               {g.id, g.kind, g.location, g.note, g.created_at, g.created_by})
      .status();
}

Result<std::optional<GroupRow>> LockGroup(Transaction& txn, const std::string& id) {
  // A no-op UPDATE takes PostgreSQL's row lock; SQLite's write transaction is exclusive anyway.
  VB_RETURN_IF_ERROR(
      txn.Execute("UPDATE influx_groups SET kind = kind WHERE id = $1", {id}).status());
  return FindGroup(txn, id);
}

Result<std::optional<GroupRow>> FindGroup(Transaction& txn, const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string(kGroupSelect) + " WHERE g.id = $1", {id}));
  if (rows.empty()) return std::optional<GroupRow>();
  return std::optional<GroupRow>(GroupFrom(rows[0]));
}

Result<std::vector<GroupRow>> ListGroups(Transaction& txn, int limit) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string(kGroupSelect) +
                                               " ORDER BY g.created_at DESC, g.id LIMIT $1",
                                           {limit}));
  std::vector<GroupRow> out;
  for (const auto& r : rows) out.push_back(GroupFrom(r));
  return out;
}

Result<std::vector<std::int64_t>> AppendGroupMembers(Transaction& txn, const std::string& group_id,
                                                     const std::vector<GroupMemberRow>& members) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT COALESCE(MAX(seq), 0) FROM influx_members "
                                           "WHERE group_id = $1",
                                           {group_id}));
  std::int64_t seq = rows.empty() ? 0 : rows[0].Int(0);
  std::vector<std::int64_t> seqs;
  for (const GroupMemberRow& m : members) {
    ++seq;
    VB_RETURN_IF_ERROR(
        txn.Execute("INSERT INTO influx_members (group_id, seq, name, sex, approximate_age, "
                    "nationality, specific_needs, added_at, added_by) VALUES ($1, $2, $3, $4, $5, "
                    "$6, $7, $8, $9)",
                    {group_id, seq, m.name, m.sex,
                     m.approximate_age ? Value(*m.approximate_age) : Value(nullptr), m.nationality,
                     m.specific_needs_json, m.added_at, m.added_by})
            .status());
    seqs.push_back(seq);
  }
  return seqs;
}

Result<std::vector<GroupMemberRow>> ListGroupMembers(Transaction& txn, const std::string& group_id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT group_id, seq, name, sex, approximate_age, "
                                           "nationality, specific_needs, added_at, added_by FROM "
                                           "influx_members WHERE group_id = $1 ORDER BY seq",
                                           {group_id}));
  std::vector<GroupMemberRow> out;
  for (const auto& r : rows) {
    out.push_back({r.Text(0), r.Int(1), r.Text(2), r.Text(3), r.OptionalInt(4), r.Text(5), r.Text(6),
                   r.Int(7), r.Text(8)});
  }
  return out;
}

Status InsertGroupDecision(Transaction& txn, const GroupDecisionRow& d) {
  return txn
      .Execute("INSERT INTO influx_decisions (id, group_id, kind, note, decided_at, decided_by) "
               "VALUES ($1, $2, $3, $4, $5, $6)",
               {d.id, d.group_id, d.kind, d.note, d.decided_at, d.decided_by})
      .status();
}

Result<std::vector<GroupDecisionRow>> ListGroupDecisions(Transaction& txn, const std::string& group_id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT id, group_id, kind, note, decided_at, decided_by "
                                           "FROM influx_decisions WHERE group_id = $1 ORDER BY "
                                           "decided_at, id",
                                           {group_id}));
  std::vector<GroupDecisionRow> out;
  for (const auto& r : rows) out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4), r.Text(5)});
  return out;
}

}  // namespace verbatim::store
