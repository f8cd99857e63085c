#include "store/interview_table.h"

namespace verbatim::store {
namespace {

constexpr const char* kInterviewColumns =
    "id, case_id, officer, interpreter_code, language, location, planned_start, profile, "
    "created_at, created_by, state, last_seq, last_hash";
constexpr const char* kEntryColumns =
    "interview_id, seq, at, kind, text, body, client_id, author, prev_hash, hash";

InterviewRow InterviewFrom(const Row& r) {
  return InterviewRow{r.Text(0), r.Text(1), r.Text(2),  r.Text(3), r.Text(4),
                      r.Text(5), r.Text(6), r.Text(7),  r.Int(8),  r.Text(9),
                      r.Text(10), r.Int(11), r.Text(12)};
}

constexpr const char* kTaskColumns =
    "id, recipient, rule, title, case_id, interview_id, created_at, done_at, assignee, due_on, "
    "done_by";

TaskRow TaskFrom(const Row& r) {
  return TaskRow{r.Text(0),         r.Text(1),         r.Text(2),        r.Text(3),
                 r.OptionalText(4), r.OptionalText(5), r.Int(6),         r.OptionalInt(7),
                 r.OptionalText(8), r.OptionalText(9), r.OptionalText(10)};
}


EntryRow EntryFrom(const Row& r) {
  return EntryRow{r.Text(0), r.Int(1),          r.Int(2),  r.Text(3), r.Text(4),
                  r.Text(5), r.OptionalText(6), r.Text(7), r.Text(8), r.Text(9)};
}

Result<std::optional<InterviewRow>> OneInterview(Result<Rows> rows) {
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<InterviewRow>();
  return std::optional<InterviewRow>(InterviewFrom(rows->front()));
}

}  // namespace

Status InsertInterview(Transaction& txn, const InterviewRow& i) {
  return txn
      .Execute("INSERT INTO interviews (id, case_id, officer, interpreter_code, language, "
               "location, planned_start, profile, created_at, created_by, state) "
               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
               {i.id, i.case_id, i.officer, i.interpreter_code, i.language, i.location,
                i.planned_start, i.profile, i.created_at, i.created_by, i.state_json})
      .status();
}

Result<std::optional<InterviewRow>> FindInterview(Transaction& txn, const std::string& id) {
  return OneInterview(txn.Query(
      std::string("SELECT ") + kInterviewColumns + " FROM interviews WHERE id = $1", {id}));
}

Result<std::optional<InterviewRow>> LockInterview(Transaction& txn, const std::string& id) {
  // A no-op UPDATE takes PostgreSQL's row lock; SQLite's write transaction is exclusive anyway.
  return OneInterview(txn.Query(std::string("UPDATE interviews SET last_seq = last_seq WHERE id = $1 "
                                            "RETURNING ") + kInterviewColumns,
                                {id}));
}

Result<std::vector<InterviewRow>> ListInterviewsOfCase(Transaction& txn, const std::string& case_id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kInterviewColumns +
                                               " FROM interviews WHERE case_id = $1 "
                                               "ORDER BY created_at, id",
                                           {case_id}));
  std::vector<InterviewRow> out;
  for (const auto& r : rows) out.push_back(InterviewFrom(r));
  return out;
}

Status AdvanceInterview(Transaction& txn, const std::string& id, std::int64_t last_seq,
                        const std::string& last_hash, const std::string& state_json) {
  return txn
      .Execute("UPDATE interviews SET last_seq = $1, last_hash = $2, state = $3 WHERE id = $4",
               {last_seq, last_hash, state_json, id})
      .status();
}

Status InsertEntry(Transaction& txn, const EntryRow& e) {
  return txn
      .Execute("INSERT INTO interview_entries (interview_id, seq, at, kind, text, body, client_id, "
               "author, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
               {e.interview_id, e.seq, e.at, e.kind, e.text, e.body, Value(e.client_id), e.author,
                e.prev_hash, e.hash})
      .status();
}

Result<std::optional<EntryRow>> FindEntryByClientId(Transaction& txn, const std::string& interview_id,
                                                    const std::string& client_id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kEntryColumns +
                                               " FROM interview_entries WHERE interview_id = $1 "
                                               "AND client_id = $2",
                                           {interview_id, client_id}));
  if (rows.empty()) return std::optional<EntryRow>();
  return std::optional<EntryRow>(EntryFrom(rows[0]));
}

Result<std::vector<EntryRow>> ListEntries(Transaction& txn, const std::string& interview_id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kEntryColumns +
                                               " FROM interview_entries WHERE interview_id = $1 "
                                               "ORDER BY seq",
                                           {interview_id}));
  std::vector<EntryRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(EntryFrom(r));
  return out;
}

Result<std::optional<std::string>> FindPlan(Transaction& txn, const std::string& interview_id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT body FROM interview_plans WHERE interview_id = $1",
                                           {interview_id}));
  if (rows.empty()) return std::optional<std::string>();
  return std::optional<std::string>(rows[0].Text(0));
}

Status SavePlan(Transaction& txn, const std::string& interview_id, const std::string& body,
                std::int64_t at, const std::string& by) {
  return txn
      .Execute("INSERT INTO interview_plans (interview_id, body, updated_at, updated_by) "
               "VALUES ($1, $2, $3, $4) ON CONFLICT (interview_id) DO UPDATE SET "
               "body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
               {interview_id, body, at, by})
      .status();
}

Status InsertTask(Transaction& txn, const TaskRow& t) {
  return txn
      .Execute("INSERT INTO tasks (id, recipient, rule, title, case_id, interview_id, created_at, "
               "assignee, due_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
               {t.id, t.recipient, t.rule, t.title, Value(t.case_id), Value(t.interview_id),
                t.created_at, Value(t.assignee), Value(t.due_on)})
      .status();
}


Result<std::vector<TaskRow>> ListOpenTasksFor(Transaction& txn, const std::string& username,
                                              const std::vector<std::string>& recipients) {
  std::string sql = std::string("SELECT ") + kTaskColumns +
                    " FROM tasks WHERE done_at IS NULL AND (assignee = $1";
  std::vector<Value> params = {username};
  if (!recipients.empty()) {
    sql += " OR (assignee IS NULL AND recipient IN (";
    for (std::size_t i = 0; i < recipients.size(); ++i) {
      sql += (i ? ", $" : "$") + std::to_string(i + 2);
      params.emplace_back(recipients[i]);
    }
    sql += "))";
  }
  sql += ") ORDER BY created_at, id";
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(sql, params));
  std::vector<TaskRow> out;
  for (const auto& r : rows) out.push_back(TaskFrom(r));
  return out;
}

Result<std::optional<TaskRow>> FindTask(Transaction& txn, const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kTaskColumns +
                                               " FROM tasks WHERE id = $1", {id}));
  if (rows.empty()) return std::optional<TaskRow>();
  return std::optional<TaskRow>(TaskFrom(rows[0]));
}

Result<bool> MarkTaskDone(Transaction& txn, const std::string& id, std::int64_t at,
                          const std::string& by) {
  VB_ASSIGN_OR_RETURN(std::int64_t changed,
                      txn.Execute("UPDATE tasks SET done_at = $1, done_by = $2 WHERE id = $3 AND "
                                  "done_at IS NULL",
                                  {at, by, id}));
  return changed == 1;
}

Result<std::vector<TaskRow>> ListOpenTasks(Transaction& txn, const std::string& recipient) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kTaskColumns +
                                               " FROM tasks WHERE recipient = $1 AND done_at IS "
                                               "NULL ORDER BY created_at, id",
                                           {recipient}));
  std::vector<TaskRow> out;
  for (const auto& r : rows) out.push_back(TaskFrom(r));
  return out;
}

}  // namespace verbatim::store
