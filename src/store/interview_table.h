#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `interviews`.
struct InterviewRow {
  std::string id;
  std::string case_id;
  std::string officer;
  std::string interpreter_code;
  std::string language;
  std::string location;
  std::string planned_start;
  std::string profile;
  std::int64_t created_at = 0;
  std::string created_by;
  std::string state_json;
  std::int64_t last_seq = 0;
  std::string last_hash;
};

/// A row of `interview_entries`. `body` is the entry's canonical JSON.
struct EntryRow {
  std::string interview_id;
  std::int64_t seq = 0;
  std::int64_t at = 0;
  std::string kind;
  std::string text;
  std::string body;
  std::optional<std::string> client_id;
  std::string author;
  std::string prev_hash;
  std::string hash;
};

struct TaskRow {
  std::string id;
  std::string recipient;
  std::string rule;
  std::string title;
  std::optional<std::string> case_id;
  std::optional<std::string> interview_id;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> done_at;
  std::optional<std::string> assignee;  // a username; none: everyone the recipient names
  std::optional<std::string> due_on;    // YYYY-MM-DD
  std::optional<std::string> done_by;
};

Status InsertInterview(Transaction& txn, const InterviewRow& row);
Result<std::optional<InterviewRow>> FindInterview(Transaction& txn, const std::string& id);
/// Reads the interview and locks it until `txn` ends, so appends to one record are serial.
Result<std::optional<InterviewRow>> LockInterview(Transaction& txn, const std::string& id);
Result<std::vector<InterviewRow>> ListInterviewsOfCase(Transaction& txn, const std::string& case_id);
/// Moves the interview's head and state after an append.
Status AdvanceInterview(Transaction& txn, const std::string& id, std::int64_t last_seq,
                        const std::string& last_hash, const std::string& state_json);

Status InsertEntry(Transaction& txn, const EntryRow& row);
Result<std::optional<EntryRow>> FindEntryByClientId(Transaction& txn, const std::string& interview_id,
                                                    const std::string& client_id);
Result<std::vector<EntryRow>> ListEntries(Transaction& txn, const std::string& interview_id);

/// The plan's JSON, or nothing when none was written.
Result<std::optional<std::string>> FindPlan(Transaction& txn, const std::string& interview_id);
Status SavePlan(Transaction& txn, const std::string& interview_id, const std::string& body,
                std::int64_t at, const std::string& by);

Status InsertTask(Transaction& txn, const TaskRow& row);
Result<std::vector<TaskRow>> ListOpenTasks(Transaction& txn, const std::string& recipient);
/// Open tasks assigned to `username`, or unassigned with one of `recipients`.
Result<std::vector<TaskRow>> ListOpenTasksFor(Transaction& txn, const std::string& username,
                                              const std::vector<std::string>& recipients);
Result<std::optional<TaskRow>> FindTask(Transaction& txn, const std::string& id);
/// Marks an open task done; false when it was done already.
Result<bool> MarkTaskDone(Transaction& txn, const std::string& id, std::int64_t at,
                          const std::string& by);

}  // namespace verbatim::store
