// Group registration in a mass influx (UN-8): fast, minimal data, non-refoulement for all.
#include <cstdlib>

#include "http/handlers/routes.h"
#include "referral/group_service.h"

namespace verbatim::http {
namespace {

Result<std::pair<std::string, std::string>> KindAndNote(Context& ctx) {
  VB_ASSIGN_OR_RETURN(Json body, ctx.BodyObject());
  VB_ASSIGN_OR_RETURN(std::string kind, StringField(body, "kind", "kind"));
  VB_ASSIGN_OR_RETURN(std::string note, StringField(body, "note", "note"));
  return std::pair{kind, note};
}

}  // namespace

void AddGroupRoutes(Router& router, Services& s) {
  using auth::Role;
  const Access border = Access::Roles({Role::kBorderOfficer, Role::kSupervisor});

  router.Add("POST", "/api/v1/groups", border, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    referral::NewGroup n;
    for (auto [field, target] : {std::pair{"kind", &n.kind}, std::pair{"location", &n.location},
                                 std::pair{"note", &n.note}}) {
      auto v = StringField(*body, field, field);
      if (!v.ok()) return ctx.Fail(v.status());
      *target = *v;
    }
    auto members = referral::MembersFromJson(body->value("members", Json()));
    if (!members.ok()) return ctx.Fail(members.status());
    n.members = std::move(*members);
    referral::GroupService groups(s.store, s.clock);
    auto g = groups.Create(ctx.principal(), n);
    if (!g.ok()) return ctx.Fail(g.status());
    ctx.res.set_header("Location", "/api/v1/groups/" + g->id);
    ctx.ReplyJson(201, referral::GroupToJson(*g, true));
  });

  router.Add("GET", "/api/v1/groups", border, [&s](Context& ctx) {
    int limit = 100;
    if (const std::string l = ctx.Query("limit"); !l.empty()) {
      char* end = nullptr;
      const long v = std::strtol(l.c_str(), &end, 10);
      if (*end != '\0' || v < 1 || v > 1000) {
        return ctx.Fail(InvalidArgument("'limit' must be a whole number from 1 to 1000."));
      }
      limit = static_cast<int>(v);
    }
    referral::GroupService groups(s.store, s.clock);
    auto list = groups.List(ctx.principal(), limit);
    if (!list.ok()) return ctx.Fail(list.status());
    Json out = Json::array();
    for (const auto& g : *list) out.push_back(referral::GroupToJson(g, false));
    ctx.ReplyJson(200, {{"groups", out}});
  });

  router.Add("GET", "/api/v1/groups/{id}", border, [&s](Context& ctx) {
    referral::GroupService groups(s.store, s.clock);
    auto g = groups.Get(ctx.principal(), ctx.params["id"]);
    if (!g.ok()) return ctx.Fail(g.status());
    ctx.ReplyJson(200, referral::GroupToJson(*g, true));
  });

  router.Add("POST", "/api/v1/groups/{id}/members", border, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto members = referral::MembersFromJson(body->value("members", Json()));
    if (!members.ok()) return ctx.Fail(members.status());
    referral::GroupService groups(s.store, s.clock);
    auto g = groups.AddMembers(ctx.principal(), ctx.params["id"], *members);
    if (!g.ok()) return ctx.Fail(g.status());
    ctx.ReplyJson(201, referral::GroupToJson(*g, true));
  });

  router.Add("POST", "/api/v1/groups/{id}/determination", border, [&s](Context& ctx) {
    auto kn = KindAndNote(ctx);
    if (!kn.ok()) return ctx.Fail(kn.status());
    referral::GroupService groups(s.store, s.clock);
    auto g = groups.Determine(ctx.principal(), ctx.params["id"], kn->first, kn->second);
    if (!g.ok()) return ctx.Fail(g.status());
    ctx.ReplyJson(201, referral::GroupToJson(*g, true));
  });

  router.Add("POST", "/api/v1/groups/{id}/decisions", border, [&s](Context& ctx) {
    auto kn = KindAndNote(ctx);
    if (!kn.ok()) return ctx.Fail(kn.status());
    referral::GroupService groups(s.store, s.clock);
    auto g = groups.Decide(ctx.principal(), ctx.params["id"], kn->first, kn->second);
    if (!g.ok()) return ctx.Fail(g.status());
    ctx.ReplyJson(201, referral::GroupToJson(*g, true));
  });

  router.Add("GET", "/api/v1/groups/{id}/export.csv", border, [&s](Context& ctx) {
    referral::GroupService groups(s.store, s.clock);
    auto csv = groups.ExportCsv(ctx.principal(), ctx.params["id"]);
    if (!csv.ok()) return ctx.Fail(csv.status());
    ctx.res.set_header("Content-Disposition",
                       "attachment; filename=\"group-" + ctx.params["id"].substr(0, 8) + ".csv\"");
    ctx.res.set_content(std::move(*csv), "text/csv; charset=utf-8; header=present");
  });
}

}  // namespace verbatim::http
