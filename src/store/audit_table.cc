#include "store/audit_table.h"

namespace verbatim::store {

Result<AuditHead> LockAuditHead(Transaction& txn) {
  // A no-op UPDATE takes PostgreSQL's row lock; SQLite's write transaction is already exclusive.
  VB_ASSIGN_OR_RETURN(auto rows,
                      txn.Query("UPDATE audit_head SET seq = seq WHERE id = 1 RETURNING seq, hash"));
  if (rows.empty()) return DataLoss("the audit log's head row is missing");
  return AuditHead{rows[0].Int(0), rows[0].Text(1)};
}

Result<AuditHead> ReadAuditHead(Transaction& txn) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT seq, hash FROM audit_head WHERE id = 1"));
  if (rows.empty()) return DataLoss("the audit log's head row is missing");
  return AuditHead{rows[0].Int(0), rows[0].Text(1)};
}

Status AppendAuditRecord(Transaction& txn, const AuditRecord& r) {
  VB_RETURN_IF_ERROR(
      txn.Execute("INSERT INTO audit_log (seq, at, actor, role, action, object, remote, outcome, "
                  "prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                  {r.seq, r.at, r.actor, r.role, r.action, r.object, r.remote, r.outcome,
                   r.prev_hash, r.hash})
          .status());
  return txn.Execute("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1", {r.seq, r.hash})
      .status();
}

Result<std::vector<AuditRecord>> ReadAuditRecords(Transaction& txn, std::int64_t after_seq,
                                                  int limit) {
  VB_ASSIGN_OR_RETURN(auto rows,
                      txn.Query("SELECT seq, at, actor, role, action, object, remote, outcome, "
                                "prev_hash, hash FROM audit_log WHERE seq > $1 ORDER BY seq "
                                "LIMIT $2",
                                {after_seq, limit}));
  std::vector<AuditRecord> records;
  records.reserve(rows.size());
  for (const auto& r : rows) {
    records.push_back(AuditRecord{r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5),
                                  r.Text(6), r.Text(7), r.Text(8), r.Text(9)});
  }
  return records;
}

}  // namespace verbatim::store
