#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `audit_log`. The table is append-only: this file is its only writer and has no
/// UPDATE or DELETE on it.
struct AuditRecord {
  std::int64_t seq = 0;
  std::int64_t at = 0;
  std::string actor;
  std::string role;
  std::string action;
  std::string object;
  std::string remote;
  std::string outcome;
  std::string prev_hash;
  std::string hash;
};

/// The newest row's seq and hash (0 and "" for an empty log).
struct AuditHead {
  std::int64_t seq = 0;
  std::string hash;
};

/// Reads the head and locks it until `txn` ends, so concurrent appenders queue up one after
/// another on both backends (a row lock on PostgreSQL, the write lock on SQLite).
Result<AuditHead> LockAuditHead(Transaction& txn);
/// Appends `record` and moves the head to it.
Status AppendAuditRecord(Transaction& txn, const AuditRecord& record);
/// Up to `limit` rows with seq > `after_seq`, in order.
Result<std::vector<AuditRecord>> ReadAuditRecords(Transaction& txn, std::int64_t after_seq,
                                                  int limit);
Result<AuditHead> ReadAuditHead(Transaction& txn);

}  // namespace verbatim::store
