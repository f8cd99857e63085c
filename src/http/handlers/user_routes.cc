#include "auth/user_admin.h"
#include "http/handlers/routes.h"

namespace verbatim::http {

void AddUserRoutes(Router& router, Services& s) {
  const Access admin = Access::Roles({auth::Role::kAdmin});

  router.Add("GET", "/api/v1/users", admin, [&s](Context& ctx) {
    auto users = auth::ListUsers(s.store);
    if (!users.ok()) return ctx.Fail(users.status());
    const std::int64_t now = ToUnixMicros(s.clock.Now());
    Json list = Json::array();
    for (const auto& u : *users) {
      list.push_back({{"username", u.username},
                      {"role", u.role},
                      {"locked", u.disabled || (u.locked_until && *u.locked_until > now)},
                      {"created_at", FormatRfc3339(FromUnixMicros(u.created_at))}});
    }
    ctx.ReplyJson(200, {{"users", list}});
  });

  router.Add("POST", "/api/v1/users", admin, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto username = StringField(*body, "username", "username");
    auto role_name = StringField(*body, "role", "role");
    auto password = StringField(*body, "password", "password");
    for (const auto* r : {&username, &role_name, &password}) {
      if (!r->ok()) return ctx.Fail(r->status());
    }
    const auto role = auth::ParseRole(*role_name);
    if (!role) {
      return ctx.Fail(InvalidArgument("'" + *role_name + "' is not a role; use admin, officer, "
                                      "supervisor, border_officer, referral_agency, lawyer or "
                                      "applicant."));
    }
    auto id = auth::CreateUser(s.store, s.clock, ctx.principal(), *username, *role, *password);
    if (!id.ok()) return ctx.Fail(id.status());
    ctx.ReplyJson(201, {{"username", *username}, {"role", *role_name}});
  });
}

}  // namespace verbatim::http
