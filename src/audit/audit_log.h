#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/clock.h"
#include "base/result.h"
#include "store/audit_table.h"
#include "store/store.h"

namespace verbatim::audit {

/// What happened, told without personal data: ids and action names only, never names, dates of
/// birth or statements.
struct AuditEvent {
  std::string actor;    // username, or "-" before anyone is known
  std::string role;     // the actor's role, or "-"
  std::string action;   // "session.login", "case.read", …
  std::string object;   // "case:3f2a…", "user:officer", …
  std::string remote;   // client address, or "cli"
  std::string outcome;  // "ok", "denied", "failed", "locked"
};

/// Appends `event` inside the caller's transaction, so the audit row commits or vanishes
/// together with the change it records. Chained: the row's hash covers its fields and the
/// previous row's hash.
Status Append(store::Transaction& txn, const Clock& clock, const AuditEvent& event);

/// Appends `event` in a transaction of its own: for events that change nothing else (a read,
/// a failed login).
Status AppendNow(store::Store& store, const Clock& clock, const AuditEvent& event);

/// The hash of a row as Append computes it (hex SHA-256 over length-prefixed fields).
std::string HashOf(const store::AuditRecord& record);

struct VerifyReport {
  std::int64_t rows_checked = 0;
  /// The first row whose hash or link is wrong; empty when the chain is intact.
  std::optional<std::int64_t> first_broken_seq;
  std::string problem;
};

/// Walks the whole chain from the first row and compares it with the head.
Result<VerifyReport> Verify(store::Store& store);

}  // namespace verbatim::audit
