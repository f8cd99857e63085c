// The identification screening at the border (issue 5): forms for the wizard, the one evaluator
// behind its skip logic, the screening result (UN-4, UN-5, UN-6, UN-10), stored screenings and the
// decisions on them, where non-refoulement forbids a return (409).
#include <cstdlib>
#include <memory>

#include "audit/audit_log.h"
#include "http/handlers/routes.h"
#include "referral/guide_directory.h"
#include "screening/engine.h"
#include "screening/form_json.h"
#include "screening/result.h"
#include "screening/screening_service.h"
#include "screening/form_registry.h"

namespace verbatim::http {
namespace {

using auth::Role;

constexpr const char* kXlsxMediaType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Form and evaluation calls carry personal data (answers, the statement) even though nothing is
// stored: each is audited by action and form id, never by content.
Status AuditUse(Services& s, const auth::Principal& who, const std::string& action,
                const std::string& object) {
  return audit::AppendNow(
      s.store, s.clock,
      {who.username, std::string(auth::RoleName(who.role)), action, object, who.remote, "ok"});
}

// The agencies of `country`'s National Reference Guide (UN-7); none when no country is given or
// the country has no guide yet, so a screening never waits for the guide to be written.
Result<std::unique_ptr<screening::AgencyDirectory>> DirectoryFor(Services& s,
                                                                 const std::string& country) {
  std::unique_ptr<screening::AgencyDirectory> none;
  if (country.empty()) return none;
  auto directory = referral::LoadGuideDirectory(s.store, country);
  if (!directory.ok() && directory.status().code() == ErrorCode::kNotFound) return none;
  return directory;
}

Result<Json> AnswersField(const Json& body) {
  const auto it = body.find("answers");
  if (it == body.end() || !it->is_object()) {
    return InvalidArgument("answers: expected an object from question name to answer.");
  }
  return *it;
}

Result<screening::Form> FormField(Services& s, const Json& body) {
  auto id = StringField(body, "form", "form");
  if (!id.ok()) return id.status();
  if (id->empty()) return InvalidArgument("form: name the form, e.g. \"unhcr-annex1\".");
  auto form = screening::FormRegistry(s.store).Find(*id);
  if (!form.ok()) return InvalidArgument("form: " + form.status().message());
  return form;
}

Result<int> LimitParam(const Context& ctx) {
  const std::string l = ctx.Query("limit");
  if (l.empty()) return 50;
  char* end = nullptr;
  const long limit = std::strtol(l.c_str(), &end, 10);
  if (*end != '\0' || limit < 1 || limit > 200) {
    return InvalidArgument("'limit' must be a whole number from 1 to 200.");
  }
  return static_cast<int>(limit);
}

void AddFormRoutes(Router& router, Services& s, const Access& readers) {
  router.Add("GET", "/api/v1/screening/forms", readers, [&s](Context& ctx) {
    auto listed = screening::FormRegistry(s.store).List();
    if (!listed.ok()) return ctx.Fail(listed.status());
    Json forms = Json::array();
    for (const auto& form : *listed) forms.push_back(screening::RegisteredFormToJson(form));
    if (Status st = AuditUse(s, ctx.principal(), "screening.forms", "forms"); !st.ok()) {
      return ctx.Fail(st);
    }
    ctx.ReplyJson(200, {{"forms", forms}});
  });

  router.Add("GET", "/api/v1/screening/forms/{id}", readers, [&s](Context& ctx) {
    auto form = screening::FormRegistry(s.store).Find(ctx.params["id"]);
    if (!form.ok()) return ctx.Fail(form.status());
    if (Status st = AuditUse(s, ctx.principal(), "screening.form", "form:" + form->id); !st.ok()) {
      return ctx.Fail(st);
    }
    ctx.ReplyJson(200, screening::FormToJson(*form));
  });

  // The wizard asks after each answer: skip logic and constraints come from the one evaluator.
  router.Add("POST", "/api/v1/screening/forms/{id}/check", readers, [&s](Context& ctx) {
    auto form = screening::FormRegistry(s.store).Find(ctx.params["id"]);
    if (!form.ok()) return ctx.Fail(form.status());
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto answers = AnswersField(*body);
    if (!answers.ok()) return ctx.Fail(answers.status());
    auto check = screening::CheckAnswers(*form, *answers);
    if (!check.ok()) return ctx.Fail(check.status());
    if (Status st = AuditUse(s, ctx.principal(), "screening.check", "form:" + form->id); !st.ok()) {
      return ctx.Fail(st);
    }
    ctx.ReplyJson(200, screening::FormCheckToJson(*check));
  });

  router.Add("POST", "/api/v1/screening/evaluate", readers, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto form = FormField(s, *body);
    if (!form.ok()) return ctx.Fail(form.status());
    auto answers = AnswersField(*body);
    if (!answers.ok()) return ctx.Fail(answers.status());
    auto country = StringField(*body, "country", "country");
    if (!country.ok()) return ctx.Fail(country.status());
    auto directory = DirectoryFor(s, *country);
    if (!directory.ok()) return ctx.Fail(directory.status());
    auto result = screening::Screen(*form, *answers, directory->get());
    if (!result.ok()) return ctx.Fail(result.status());
    if (Status st = AuditUse(s, ctx.principal(), "screening.evaluate", "form:" + form->id);
        !st.ok()) {
      return ctx.Fail(st);
    }
    ctx.ReplyJson(200, screening::ResultToJson(*result));
  });
}

// Teams load their own XLSForm questionnaires (issue 5). The body is the file itself, so the
// reader's message (sheet, row, column) reaches the admin unchanged.
void AddFormImportRoute(Router& router, Services& s) {
  const Access admins = Access::Roles({Role::kAdmin});
  // PUT stores under the id in the path; POST under the form's own settings form_id.
  auto import = [&s](Context& ctx) {
    const std::string type = ctx.req.get_header_value("Content-Type");
    screening::FormUpload upload;
    if (type.rfind(kXlsxMediaType, 0) == 0) {
      upload.format = screening::FormFormat::kXlsx;
    } else if (type.rfind("application/json", 0) == 0) {
      upload.format = screening::FormFormat::kJson;
    } else {
      Problem p;
      p.status = 415;
      p.title = ReasonPhrase(415);
      p.detail = std::string("Send the form as the file itself, with Content-Type ") +
                 kXlsxMediaType + " (.xlsx) or application/json (.json).";
      return ctx.ReplyProblem(p);
    }
    upload.id = ctx.params["id"];
    upload.file_name = ctx.req.get_header_value("X-File-Name");
    if (upload.file_name.empty()) {
      upload.file_name =
          (upload.id.empty() ? "form" : upload.id) + "." + screening::FormFormatName(upload.format);
    }
    upload.content = ctx.req.body;
    auto imported = screening::FormRegistry(s.store).Import(ctx.principal(), s.clock, upload);
    if (!imported.ok()) return ctx.Fail(imported.status());
    ctx.ReplyJson(imported->replaced ? 200 : 201, screening::RegisteredFormToJson(imported->form));
  };
  router.Add("PUT", "/api/v1/screening/forms/{id}", admins, import);
  router.Add("POST", "/api/v1/screening/forms", admins, import);
}

void AddScreeningStoreRoutes(Router& router, Services& s, const Access& readers,
                             const Access& recorders) {
  router.Add("POST", "/api/v1/screenings", recorders, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    screening::NewScreening input;
    auto form_id = StringField(*body, "form", "form");
    if (!form_id.ok()) return ctx.Fail(form_id.status());
    input.form_id = form_id->empty() ? "unhcr-annex1" : *form_id;
    for (auto [name, target] :
         {std::pair{"country", &input.country}, std::pair{"location", &input.location}}) {
      auto value = StringField(*body, name, name);
      if (!value.ok()) return ctx.Fail(value.status());
      *target = *value;
    }
    const auto person = body->find("person");
    if (person == body->end()) return ctx.Fail(InvalidArgument("person: required."));
    auto parsed_person = screening::PersonFromJson(*person);
    if (!parsed_person.ok()) return ctx.Fail(parsed_person.status());
    input.person = *parsed_person;
    auto answers = AnswersField(*body);
    if (!answers.ok()) return ctx.Fail(answers.status());
    input.answers = *answers;
    auto directory = DirectoryFor(s, input.country);
    if (!directory.ok()) return ctx.Fail(directory.status());
    screening::ScreeningService service(s.store, s.clock);
    auto created = service.Create(ctx.principal(), input, directory->get());
    if (!created.ok()) {
      // An unknown form is the caller's mistake here, not a missing resource.
      if (created.status().code() == ErrorCode::kNotFound) {
        return ctx.Fail(InvalidArgument("form: " + created.status().message()));
      }
      return ctx.Fail(created.status());
    }
    ctx.ReplyJson(201, screening::ScreeningToJson(*created));
  });

  router.Add("GET", "/api/v1/screenings", readers, [&s](Context& ctx) {
    auto limit = LimitParam(ctx);
    if (!limit.ok()) return ctx.Fail(limit.status());
    screening::ScreeningService service(s.store, s.clock);
    auto found = service.Search(ctx.principal(), ctx.Query("q"), *limit);
    if (!found.ok()) return ctx.Fail(found.status());
    Json list = Json::array();
    for (const auto& f : *found) list.push_back(screening::ScreeningSummaryToJson(f));
    ctx.ReplyJson(200, {{"screenings", list}});
  });

  router.Add("GET", "/api/v1/screenings/{id}", readers, [&s](Context& ctx) {
    screening::ScreeningService service(s.store, s.clock);
    auto found = service.Get(ctx.principal(), ctx.params["id"]);
    if (!found.ok()) return ctx.Fail(found.status());
    ctx.ReplyJson(200, screening::ScreeningToJson(*found));
  });

  router.Add("POST", "/api/v1/screenings/{id}/fear", recorders, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    const auto confirmed = body->find("confirmed");
    if (confirmed == body->end() || !confirmed->is_boolean()) {
      return ctx.Fail(InvalidArgument(
          "confirmed: true when the person confirms the fear of return, false to dismiss."));
    }
    screening::ScreeningService service(s.store, s.clock);
    auto updated = service.ConfirmFear(ctx.principal(), ctx.params["id"], confirmed->get<bool>());
    if (!updated.ok()) return ctx.Fail(updated.status());
    ctx.ReplyJson(200, screening::ScreeningToJson(*updated));
  });

  router.Add("POST", "/api/v1/screenings/{id}/decisions", recorders, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto kind = StringField(*body, "kind", "kind");
    if (!kind.ok()) return ctx.Fail(kind.status());
    auto note = StringField(*body, "note", "note");
    if (!note.ok()) return ctx.Fail(note.status());
    screening::ScreeningService service(s.store, s.clock);
    auto decision = service.Decide(ctx.principal(), ctx.params["id"], *kind, *note);
    if (!decision.ok()) return ctx.Fail(decision.status());
    ctx.ReplyJson(201, screening::DecisionToJson(*decision));
  });
}

}  // namespace

void AddScreeningRoutes(Router& router, Services& s) {
  // Border officers, supervisors and admins screen; case officers may read (issue 5).
  const Access recorders = Access::Roles({Role::kBorderOfficer, Role::kSupervisor, Role::kAdmin});
  const Access readers =
      Access::Roles({Role::kBorderOfficer, Role::kSupervisor, Role::kAdmin, Role::kOfficer});
  AddFormRoutes(router, s, readers);
  AddFormImportRoute(router, s);
  AddScreeningStoreRoutes(router, s, readers, recorders);
}

}  // namespace verbatim::http
