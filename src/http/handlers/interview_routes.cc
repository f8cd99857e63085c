#include "http/handlers/routes.h"
#include "interview/entry_json.h"
#include "report/interview_notes_pdf.h"

namespace verbatim::http {
namespace {

using auth::Role;
using interview::InterviewInfo;

Json InfoJson(const InterviewInfo& i) {
  return {{"id", i.id},
          {"case_id", i.case_id},
          {"case_number", i.case_number},
          {"officer", i.officer},
          {"interpreter_code", i.interpreter_code},
          {"language", i.language},
          {"location", i.location},
          {"planned_start", i.planned_start}};
}

Json FindingsJson(const std::vector<interview::Finding>& findings) {
  Json list = Json::array();
  for (const auto& f : findings) {
    list.push_back({{"rule", f.rule}, {"severity", interview::SeverityName(f.severity)},
                    {"message", f.message}});
  }
  return list;
}

Json OverviewJson(const interview::InterviewOverview& o) {
  const auto& s = o.state;
  const auto& t = o.timers;
  Json j = InfoJson(o.info);
  j["applicant"] = {{"family_name", o.info.applicant_family_name},
                    {"given_names", o.info.applicant_given_names},
                    {"names_original_script", o.info.applicant_names_original_script}};
  j["profile"] = o.profile;
  j["status"] = !s.started ? "planned" : s.ended ? "ended" : s.in_break ? "on_break" : "running";
  j["started_at"] = s.started ? Json(FormatRfc3339(s.start_at)) : Json(nullptr);
  j["last_seq"] = s.last_seq;
  j["open_opening_items"] = o.open_opening_items;
  j["open_closing_items"] = o.open_closing_items;
  j["extension_minutes"] = s.extension.count();
  j["conflict_of_interest"] = s.conflict_of_interest;
  j["disruption"] = s.disruption;
  j["timers"] = {{"elapsed_seconds", t.elapsed.count()},
                 {"allowed_seconds", t.allowed.count()},
                 {"time_left_seconds", t.time_left.count()},
                 {"until_break_due_seconds", t.until_break_due.count()},
                 {"in_break", t.in_break},
                 {"break_elapsed_seconds", t.break_elapsed.count()}};
  return j;
}

}  // namespace

void AddInterviewRoutes(Router& router, Services& s) {
  const Access officers = Access::Roles({Role::kOfficer, Role::kSupervisor});

  router.Add("POST", "/api/v1/cases/{id}/interviews", officers.ForCaseInPath(), [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    interview::NewInterview plan;
    plan.case_id = ctx.params["id"];
    const std::pair<const char*, std::string*> fields[] = {
        {"officer", &plan.officer},       {"interpreter_code", &plan.interpreter_code},
        {"language", &plan.language},     {"location", &plan.location},
        {"planned_start", &plan.planned_start}, {"profile", &plan.profile}};
    for (const auto& [name, target] : fields) {
      auto value = StringField(*body, name, name);
      if (!value.ok()) return ctx.Fail(value.status());
      if (!value->empty() || std::string(name) != "profile") *target = *value;
    }
    if (plan.officer.empty()) plan.officer = ctx.principal().username;
    auto id = s.interviews.Create(ctx.principal(), plan);
    if (!id.ok()) return ctx.Fail(id.status());
    ctx.res.set_header("Location", "/api/v1/interviews/" + *id);
    ctx.ReplyJson(201, {{"id", *id}});
  });

  router.Add("GET", "/api/v1/cases/{id}/interviews", officers.ForCaseInPath(), [&s](Context& ctx) {
    auto list = s.interviews.ListForCase(ctx.principal(), ctx.params["id"]);
    if (!list.ok()) return ctx.Fail(list.status());
    Json out = Json::array();
    for (const auto& i : *list) out.push_back(InfoJson(i));
    ctx.ReplyJson(200, {{"interviews", out}});
  });

  router.Add("GET", "/api/v1/interviews/{id}", officers, [&s](Context& ctx) {
    auto o = s.interviews.Overview(ctx.principal(), ctx.params["id"]);
    if (!o.ok()) return ctx.Fail(o.status());
    ctx.ReplyJson(200, OverviewJson(*o));
  });

  router.Add("GET", "/api/v1/interviews/{id}/entries", officers, [&s](Context& ctx) {
    auto record = s.interviews.Record(ctx.principal(), ctx.params["id"]);
    if (!record.ok()) return ctx.Fail(record.status());
    Json entries = Json::array();
    for (const auto& e : record->entries) entries.push_back(interview::EntryToJson(e));
    ctx.ReplyJson(200, {{"entries", entries}});
  });

  router.Add("GET", "/api/v1/interviews/{id}/plan", officers, [&s](Context& ctx) {
    auto plan = s.interviews.Plan(ctx.principal(), ctx.params["id"]);
    if (!plan.ok()) return ctx.Fail(plan.status());
    Json j = interview::PlanToJson(*plan);
    j["themes"] = interview::PlanThemes();
    j["available_flags"] = interview::PlanFlags();
    ctx.ReplyJson(200, j);
  });

  router.Add("PUT", "/api/v1/interviews/{id}/plan", officers, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto plan = interview::PlanFromJson(*body);
    if (!plan.ok()) return ctx.Fail(plan.status());
    if (Status st = s.interviews.SavePlan(ctx.principal(), ctx.params["id"], *plan); !st.ok()) {
      return ctx.Fail(st);
    }
    ctx.ReplyJson(200, interview::PlanToJson(*plan));
  });

  router.Add("GET", "/api/v1/interviews/{id}/completeness", officers, [&s](Context& ctx) {
    auto c = s.interviews.CheckCompleteness(ctx.principal(), ctx.params["id"]);
    if (!c.ok()) return ctx.Fail(c.status());
    ctx.ReplyJson(200, c->ToJson());
  });

  router.Add("GET", "/api/v1/interviews/{id}/report.pdf", officers, [&s](Context& ctx) {
    auto record = s.interviews.Notes(ctx.principal(), ctx.params["id"]);
    if (!record.ok()) return ctx.Fail(record.status());
    auto pdf = report::RenderInterviewNotesPdf(*record);
    if (!pdf.ok()) return ctx.Fail(pdf.status());
    ctx.res.set_header("Content-Disposition",
                       "inline; filename=\"notes-" + record->info.case_number + ".pdf\"");
    ctx.res.set_content(std::move(*pdf), "application/pdf");
  });

  router.Add("POST", "/api/v1/interviews/{id}/entries", officers, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    for (const char* server_field : {"seq", "at", "hash", "prev_hash", "author"}) {
      if (body->contains(server_field)) {
        return ctx.Fail(InvalidArgument(std::string("'") + server_field +
                                        "' is set by the server; leave it out."));
      }
    }
    auto entry = interview::EntryFromJson(*body, interview::JsonFields::kClientInput);
    if (!entry.ok()) return ctx.Fail(entry.status());
    auto outcome = s.interviews.Append(ctx.principal(), ctx.params["id"], std::move(*entry));
    if (!outcome.ok()) return ctx.Fail(outcome.status());
    if (!outcome->entry) {
      const auto& d = outcome->decision;
      Problem p{409, "", d.refusals.front().message};
      Json j = p.ToJson();
      j["rule"] = d.refusals.front().rule;
      j["refusals"] = FindingsJson(d.refusals);
      j["open_items"] = d.open_items;
      ctx.res.status = 409;
      ctx.res.set_content(j.dump(), "application/problem+json");
      return;
    }
    const auto& e = *outcome->entry;
    ctx.ReplyJson(201, {{"seq", e.seq},
                        {"at", FormatRfc3339Micros(e.at)},
                        {"hash", e.hash},
                        {"replayed", outcome->replayed},
                        {"warnings", FindingsJson(outcome->decision.notes)}});
  });
}

}  // namespace verbatim::http
