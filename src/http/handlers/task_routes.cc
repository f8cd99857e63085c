#include "http/handlers/routes.h"
#include "tasks/task_list.h"

namespace verbatim::http {

void AddTaskRoutes(Router& router, Services& s) {
  const Access staff = Access::Roles({auth::Role::kOfficer, auth::Role::kSupervisor});
  // Border officers get tasks too: an overdue referral acknowledgement (UN-6, src/referral).
  const Access task_holders = Access::Roles(
      {auth::Role::kOfficer, auth::Role::kSupervisor, auth::Role::kBorderOfficer});

  router.Add("GET", "/api/v1/tasks", task_holders, [&s](Context& ctx) {
    tasks::TaskService service(s.store, s.clock);
    auto list = service.MyTasks(ctx.principal());
    if (!list.ok()) return ctx.Fail(list.status());
    Json out = Json::array();
    for (const auto& t : *list) {
      out.push_back({{"id", t.id}, {"title", t.title}, {"rule", t.rule}, {"recipient", t.recipient},
                     {"assignee", t.assignee}, {"case_id", t.case_id},
                     {"interview_id", t.interview_id}, {"due_on", t.due_on}, {"status", t.status},
                     {"created_at", FormatRfc3339(t.created_at)}});
    }
    ctx.ReplyJson(200, {{"tasks", out}});
  });

  router.Add("POST", "/api/v1/tasks/{id}/done", task_holders, [&s](Context& ctx) {
    tasks::TaskService service(s.store, s.clock);
    if (Status st = service.MarkDone(ctx.principal(), ctx.params["id"]); !st.ok()) return ctx.Fail(st);
    ctx.ReplyJson(200, {{"id", ctx.params["id"]}, {"status", "done"}});
  });

  router.Add("POST", "/api/v1/interviews/{id}/notes-copy", staff, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto received = StringField(*body, "received_on", "received_on");
    if (!received.ok()) return ctx.Fail(received.status());
    Status st = s.interviews.RecordNotesCopyReceived(ctx.principal(), ctx.params["id"], *received);
    if (!st.ok()) return ctx.Fail(st);
    ctx.ReplyJson(201, {{"received_on", *received}});
  });
}

}  // namespace verbatim::http
