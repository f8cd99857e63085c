#pragma once

#include <httplib.h>

#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "auth/role.h"
#include "auth/session_manager.h"
#include "http/context.h"
#include "http/metrics.h"

namespace verbatim::http {

/// Who may call a route. There is no default: every route states its access when it is added,
/// so a route nobody thought about cannot be public by accident (deny by default).
class Access {
 public:
  /// No login needed: health, metrics, the API description, the login itself.
  static Access Public() { return Access(Kind::kPublic, {}); }
  /// Any logged-in user, whatever the role.
  static Access AnyUser() { return Access(Kind::kAnyUser, {}); }
  /// Logged-in users with one of `roles`.
  static Access Roles(std::initializer_list<auth::Role> roles) { return Access(Kind::kRoles, roles); }
  /// Also requires that the caller may see the case named by the path parameter {id}.
  Access ForCaseInPath() const {
    Access a = *this;
    a.case_scoped_ = true;
    return a;
  }

  bool is_public() const { return kind_ == Kind::kPublic; }
  bool case_scoped() const { return case_scoped_; }
  bool Allows(auth::Role role) const;

 private:
  enum class Kind { kPublic, kAnyUser, kRoles };
  Access(Kind kind, std::vector<auth::Role> roles) : kind_(kind), roles_(std::move(roles)) {}

  Kind kind_;
  std::vector<auth::Role> roles_;
  bool case_scoped_ = false;
};

using Handler = std::function<void(Context&)>;

struct Route {
  std::string method;   // "GET", "POST", …
  std::string pattern;  // "/api/v1/cases/{id}"
  Access access;
  Handler handler;
};

/// Whether `principal` may see the case `case_id` (the case scope of a route).
using CaseAccessCheck =
    std::function<bool(const auth::Principal& principal, const std::string& case_id)>;

struct RouterOptions {
  bool secure_cookies = false;
  std::string session_cookie = "verbatim_session";
};

/// The route table and the request pipeline every API call goes through: match (404/405),
/// session (401), role and case scope (403), CSRF (403), handler, metrics.
class Router {
 public:
  Router(auth::SessionManager& sessions, Metrics& metrics, CaseAccessCheck case_access,
         RouterOptions options);

  void Add(std::string method, std::string pattern, Access access, Handler handler);
  /// Called for GET requests outside /api/ that match no route (the web front end).
  void SetFallback(httplib::Server::Handler fallback) { fallback_ = std::move(fallback); }

  const std::vector<Route>& routes() const { return routes_; }
  const RouterOptions& options() const { return options_; }

  /// Installs the pipeline on `server` for every method.
  void Install(httplib::Server& server);
  void Dispatch(const httplib::Request& req, httplib::Response& res);

 private:
  const Route* Match(const std::string& method, const std::string& path,
                     std::map<std::string, std::string>& params, bool& path_known) const;
  void Run(const Route& route, Context& ctx);

  auth::SessionManager& sessions_;
  Metrics& metrics_;
  CaseAccessCheck case_access_;
  RouterOptions options_;
  std::vector<Route> routes_;
  httplib::Server::Handler fallback_;
};

/// The session token from the request's Cookie header, or "".
std::string SessionCookie(const httplib::Request& req, const std::string& name);

}  // namespace verbatim::http
