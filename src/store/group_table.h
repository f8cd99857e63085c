#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `influx_groups` (UN-8 mass influx), with its member count when listed.
struct GroupRow {
  std::string id;
  std::string kind;  // family | group
  std::string location;
  std::string note;
  std::int64_t created_at = 0;
  std::string created_by;
  std::int64_t member_count = 0;  // read only
};

/// A row of `influx_members`.
struct GroupMemberRow {
  std::string group_id;
  std::int64_t seq = 0;
  std::string name;
  std::string sex;
  std::optional<std::int64_t> approximate_age;
  std::string nationality;
  std::string specific_needs_json;  // JSON array
  std::int64_t added_at = 0;
  std::string added_by;
};

/// A row of `influx_decisions`.
struct GroupDecisionRow {
  std::string id;
  std::string group_id;
  std::string kind;
  std::string note;
  std::int64_t decided_at = 0;
  std::string decided_by;
};

Status InsertGroup(Transaction& txn, const GroupRow& row);
/// Reads the group and, on PostgreSQL, locks it until `txn` ends, so that members appended at
/// the same time get distinct numbers.
Result<std::optional<GroupRow>> LockGroup(Transaction& txn, const std::string& id);
Result<std::optional<GroupRow>> FindGroup(Transaction& txn, const std::string& id);
/// Newest first, at most `limit`.
Result<std::vector<GroupRow>> ListGroups(Transaction& txn, int limit);

/// Appends members after the group's last one; their seq fields are ignored and returned.
Result<std::vector<std::int64_t>> AppendGroupMembers(Transaction& txn, const std::string& group_id,
                                                     const std::vector<GroupMemberRow>& members);
Result<std::vector<GroupMemberRow>> ListGroupMembers(Transaction& txn, const std::string& group_id);

Status InsertGroupDecision(Transaction& txn, const GroupDecisionRow& row);
/// Oldest first.
Result<std::vector<GroupDecisionRow>> ListGroupDecisions(Transaction& txn, const std::string& group_id);

}  // namespace verbatim::store
