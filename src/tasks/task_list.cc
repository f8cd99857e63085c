#include "tasks/task_list.h"

#include <algorithm>

#include "audit/audit_log.h"
#include "store/interview_table.h"
#include "tasks/iso_date.h"

namespace verbatim::tasks {
namespace {

bool Visible(const store::TaskRow& t, const auth::Principal& who) {
  if (t.assignee) return *t.assignee == who.username;
  const auto recipients = RecipientsFor(who.role);
  return std::find(recipients.begin(), recipients.end(), t.recipient) != recipients.end();
}

}  // namespace

std::vector<std::string> RecipientsFor(auth::Role role) {
  switch (role) {
    case auth::Role::kSupervisor: return {"supervisor", "lawyers_helpdesk", "dispatching_unit"};
    case auth::Role::kOfficer: return {"dispatching_unit"};
    default: return {};
  }
}

Result<std::vector<Task>> TaskService::MyTasks(const auth::Principal& who) {
  const std::string today = FormatIsoDate(Date{std::chrono::floor<std::chrono::days>(clock_.Now())});
  std::vector<Task> tasks;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(auto rows, store::ListOpenTasksFor(*txn, who.username, RecipientsFor(who.role)));
    for (const auto& r : rows) {
      Task t{r.id, r.title, r.rule, r.recipient, r.assignee.value_or(""), r.case_id.value_or(""),
             r.interview_id.value_or(""), r.due_on.value_or(""), "open", FromUnixMicros(r.created_at)};
      if (!t.due_on.empty() && t.due_on < today) t.status = "overdue";
      tasks.push_back(std::move(t));
    }
  }
  std::stable_sort(tasks.begin(), tasks.end(), [](const Task& a, const Task& b) {
    if ((a.status == "overdue") != (b.status == "overdue")) return a.status == "overdue";
    if (a.due_on.empty() != b.due_on.empty()) return b.due_on.empty();
    return a.due_on < b.due_on;
  });
  VB_RETURN_IF_ERROR(audit::AppendNow(
      store_, clock_, {who.username, std::string(auth::RoleName(who.role)), "task.list", "tasks",
                       who.remote, "ok"}));
  return tasks;
}

Status TaskService::MarkDone(const auth::Principal& who, const std::string& task_id) {
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto task, store::FindTask(*txn, task_id));
  if (!task) return NotFound("There is no task with the id '" + task_id + "'.");
  if (!Visible(*task, who)) return PermissionDenied("This task is not yours.");
  VB_ASSIGN_OR_RETURN(bool changed, store::MarkTaskDone(*txn, task_id, ToUnixMicros(clock_.Now()),
                                                        who.username));
  if (!changed) return FailedPrecondition("This task is done already.");
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                   {who.username, std::string(auth::RoleName(who.role)), "task.done",
                                    "task:" + task_id, who.remote, "ok"}));
  return txn->Commit();
}

}  // namespace verbatim::tasks
