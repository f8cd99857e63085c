#include "audit/audit_log.h"

#include "base/crypto.h"

namespace verbatim::audit {
namespace {

// Length prefixes make the encoding unambiguous: ("ab","c") and ("a","bc") hash differently.
void AddField(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ';';
}

}  // namespace

std::string HashOf(const store::AuditRecord& r) {
  std::string content;
  AddField(content, std::to_string(r.seq));
  AddField(content, std::to_string(r.at));
  for (const std::string* f :
       {&r.actor, &r.role, &r.action, &r.object, &r.remote, &r.outcome, &r.prev_hash}) {
    AddField(content, *f);
  }
  return Sha256Hex(content);
}

Status Append(store::Transaction& txn, const Clock& clock, const AuditEvent& e) {
  VB_ASSIGN_OR_RETURN(store::AuditHead head, store::LockAuditHead(txn));
  store::AuditRecord r;
  r.seq = head.seq + 1;
  r.at = ToUnixMicros(clock.Now());
  r.actor = e.actor.empty() ? "-" : e.actor;
  r.role = e.role.empty() ? "-" : e.role;
  r.action = e.action;
  r.object = e.object.empty() ? "-" : e.object;
  r.remote = e.remote.empty() ? "-" : e.remote;
  r.outcome = e.outcome.empty() ? "ok" : e.outcome;
  r.prev_hash = head.hash;
  r.hash = HashOf(r);
  return store::AppendAuditRecord(txn, r);
}

Status AppendNow(store::Store& store, const Clock& clock, const AuditEvent& event) {
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kWrite));
  VB_RETURN_IF_ERROR(Append(*txn, clock, event));
  return txn->Commit();
}

Result<VerifyReport> Verify(store::Store& store) {
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(store::AuditHead head, store::ReadAuditHead(*txn));
  VerifyReport report;
  std::int64_t expected_seq = 1;
  std::string prev_hash;
  constexpr int kBatch = 5000;
  while (true) {
    VB_ASSIGN_OR_RETURN(auto batch, store::ReadAuditRecords(*txn, expected_seq - 1, kBatch));
    for (const auto& r : batch) {
      auto broken = [&](std::string problem) {
        report.first_broken_seq = r.seq;
        report.problem = std::move(problem);
        return report;
      };
      if (r.seq != expected_seq) {
        report.first_broken_seq = expected_seq;
        report.problem = "row " + std::to_string(expected_seq) + " is missing";
        return report;
      }
      if (r.prev_hash != prev_hash) return broken("its link to the previous row does not match");
      if (HashOf(r) != r.hash) return broken("its content does not match its hash (edited)");
      prev_hash = r.hash;
      ++expected_seq;
      ++report.rows_checked;
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
  }
  if (head.seq != report.rows_checked || head.hash != prev_hash) {
    report.first_broken_seq = report.rows_checked + 1;
    report.problem = "the log ends at row " + std::to_string(report.rows_checked) +
                     " but its head says " + std::to_string(head.seq) + " (rows were removed)";
  }
  return report;
}

}  // namespace verbatim::audit
