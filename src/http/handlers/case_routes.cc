#include <cstdlib>

#include "base/text.h"
#include "http/handlers/routes.h"

namespace verbatim::http {
namespace {

using auth::Role;

Json ApplicantJson(const cases::Applicant& a) {
  return {{"family_name", a.family_name},
          {"given_names", a.given_names},
          {"names_original_script", a.names_original_script},
          {"date_of_birth", a.date_of_birth},
          {"nationality", a.nationality},
          {"languages", a.languages}};
}

Json SummaryJson(const cases::CaseSummary& c) {
  return {{"id", c.id},
          {"case_number", c.case_number},
          {"created_at", FormatRfc3339(c.created_at)},
          {"applicant", ApplicantJson(c.applicant)}};
}

// Reads {"applicant": {...}}; a wrong type is a field error, like a wrong value.
Result<cases::Applicant> ApplicantFrom(const Json& body, Json& errors) {
  auto it = body.find("applicant");
  if (it == body.end() || !it->is_object()) {
    return InvalidArgument("The body must hold an object \"applicant\" with family_name, "
                           "given_names, names_original_script, date_of_birth, nationality and "
                           "languages.");
  }
  const Json& a = *it;
  cases::Applicant out;
  const std::pair<const char*, std::string*> fields[] = {
      {"family_name", &out.family_name},
      {"given_names", &out.given_names},
      {"names_original_script", &out.names_original_script},
      {"date_of_birth", &out.date_of_birth},
      {"nationality", &out.nationality}};
  for (const auto& [name, target] : fields) {
    auto value = StringField(a, name, std::string("applicant.") + name);
    if (value.ok()) *target = *value;
    else errors.push_back({{"field", name}, {"message", value.status().message()}});
  }
  if (auto langs = a.find("languages"); langs != a.end() && !langs->is_null()) {
    bool ok = langs->is_array();
    for (const auto& l : ok ? *langs : Json::array()) {
      if (!l.is_string()) ok = false;
      else out.languages.push_back(l.get<std::string>());
    }
    if (!ok) {
      errors.push_back({{"field", "languages"},
                        {"message", "'applicant.languages' must be a list of language codes."}});
    }
  }
  return out;
}

}  // namespace

void AddCaseRoutes(Router& router, Services& s) {
  const Access case_roles = Access::Roles({Role::kOfficer, Role::kSupervisor});

  router.Add("GET", "/api/v1/cases", case_roles, [&s](Context& ctx) {
    int limit = 50;
    if (const std::string l = ctx.Query("limit"); !l.empty()) {
      char* end = nullptr;
      limit = static_cast<int>(std::strtol(l.c_str(), &end, 10));
      if (*end != '\0' || limit < 1 || limit > 200) {
        return ctx.Fail(InvalidArgument("'limit' must be a whole number from 1 to 200."));
      }
    }
    auto found = s.cases.Search(ctx.principal(), ctx.Query("q"), limit);
    if (!found.ok()) return ctx.Fail(found.status());
    Json list = Json::array();
    for (const auto& c : *found) list.push_back(SummaryJson(c));
    ctx.ReplyJson(200, {{"cases", list}});
  });

  router.Add("POST", "/api/v1/cases", case_roles, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    Json errors = Json::array();
    auto applicant = ApplicantFrom(*body, errors);
    if (!applicant.ok()) return ctx.Fail(applicant.status());
    if (errors.empty()) {
      for (const auto& e : cases::Validate(cases::Normalise(*applicant), s.clock.Now())) {
        errors.push_back({{"field", e.field}, {"message", e.message}});
      }
    }
    if (!errors.empty()) {
      Problem p{400, "", "The applicant's data has " + std::to_string(errors.size()) +
                             " problem(s); see errors.", errors};
      return ctx.ReplyProblem(p);
    }
    auto created = s.cases.Create(ctx.principal(), *applicant);
    if (!created.ok()) return ctx.Fail(created.status());
    ctx.res.set_header("Location", "/api/v1/cases/" + created->id);
    ctx.ReplyJson(201, {{"id", created->id}, {"case_number", created->case_number}});
  });

  router.Add("GET", "/api/v1/cases/{id}", case_roles.ForCaseInPath(), [&s](Context& ctx) {
    auto detail = s.cases.Get(ctx.principal(), ctx.params["id"]);
    if (!detail.ok()) return ctx.Fail(detail.status());
    Json j = SummaryJson(detail->summary);
    Json links = Json::array();
    for (const auto& l : detail->links) {
      links.push_back({{"case_id", l.case_id}, {"case_number", l.case_number}, {"relation", l.relation}});
    }
    j["links"] = links;
    ctx.ReplyJson(200, j);
  });

  router.Add("POST", "/api/v1/cases/{id}/links", case_roles.ForCaseInPath(), [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto related = StringField(*body, "related_case_id", "related_case_id");
    auto relation = StringField(*body, "relation", "relation");
    if (!related.ok()) return ctx.Fail(related.status());
    if (!relation.ok()) return ctx.Fail(relation.status());
    Status st = s.cases.Link(ctx.principal(), ctx.params["id"], *related, *relation);
    if (!st.ok()) return ctx.Fail(st);
    ctx.ReplyJson(201, {{"case_id", ctx.params["id"]}, {"related_case_id", *related},
                        {"relation", *relation}});
  });
}

}  // namespace verbatim::http
