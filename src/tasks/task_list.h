#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "base/clock.h"
#include "base/result.h"
#include "store/store.h"

namespace verbatim::tasks {

/// A piece of work for a person: created by the system from a rule (CH-3.10, CH-5, CH-11.3).
struct Task {
  std::string id;
  std::string title;
  std::string rule;
  std::string recipient;  // officer, supervisor, lawyers_helpdesk, dispatching_unit
  std::string assignee;   // a username, or "" for everyone the recipient names
  std::string case_id;
  std::string interview_id;
  std::string due_on;     // YYYY-MM-DD, or ""
  std::string status;     // "open" | "overdue"
  TimePoint created_at;
};

/// The task recipients a role answers for: supervisors for incident notices (CH-5), the
/// lawyers' helpdesk copy and the dispatching unit (CH-11.3); officers for the dispatching unit.
std::vector<std::string> RecipientsFor(auth::Role role);

/// "My tasks" (AS-3): the open tasks assigned to the user or to a recipient their role answers
/// for, overdue first, then by due date (tasks without a due date last).
class TaskService {
 public:
  TaskService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::vector<Task>> MyTasks(const auth::Principal& who);
  /// NotFound for an unknown task; PermissionDenied for a task not in the user's list;
  /// FailedPrecondition when it is done already.
  Status MarkDone(const auth::Principal& who, const std::string& task_id);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace verbatim::tasks
