#include "http/handlers/routes.h"

namespace verbatim::http {
namespace {

std::string CookieHeader(const RouterOptions& o, const std::string& value, bool expire) {
  std::string cookie = o.session_cookie + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (o.secure_cookies) cookie += "; Secure";
  if (expire) cookie += "; Max-Age=0";
  return cookie;
}

Json UserJson(const auth::Principal& p) {
  return {{"username", p.username}, {"role", auth::RoleName(p.role)}};
}

}  // namespace

void AddSessionRoutes(Router& router, Services& s) {
  const RouterOptions& options = router.options();
  router.Add("POST", "/api/v1/session", Access::Public(), [&s, &options](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto username = StringField(*body, "username", "username");
    auto password = StringField(*body, "password", "password");
    if (!username.ok()) return ctx.Fail(username.status());
    if (!password.ok()) return ctx.Fail(password.status());
    if (username->empty() || password->empty()) {
      return ctx.Fail(InvalidArgument("Give both a username and a password."));
    }
    auto login = s.sessions.Login(*username, *password, ctx.req.remote_addr);
    if (!login.ok()) return ctx.Fail(login.status());
    ctx.res.set_header("Set-Cookie", CookieHeader(options, login->token, false));
    ctx.ReplyJson(200, {{"csrf_token", login->csrf_token}, {"user", UserJson(login->principal)}});
  });
  router.Add("DELETE", "/api/v1/session", Access::AnyUser(), [&s, &options](Context& ctx) {
    if (Status st = s.sessions.Logout(*ctx.session); !st.ok()) return ctx.Fail(st);
    ctx.res.set_header("Set-Cookie", CookieHeader(options, "", true));
    ctx.res.status = 204;
  });
  router.Add("GET", "/api/v1/me", Access::AnyUser(), [](Context& ctx) {
    Json me = UserJson(ctx.principal());
    me["csrf_token"] = ctx.session->csrf_token;
    ctx.ReplyJson(200, me);
  });
}

}  // namespace verbatim::http
