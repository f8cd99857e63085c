#include "http/router.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

#include "base/crypto.h"

namespace verbatim::http {
namespace {

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto end = slash == std::string_view::npos ? path.size() : slash;
    out.push_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

bool IsStateChanging(const std::string& method) { return method != "GET" && method != "HEAD"; }

// The host part of an Origin header value ("https://host:port" → "host:port").
std::string OriginHost(const std::string& origin) {
  const auto scheme = origin.find("://");
  return scheme == std::string::npos ? origin : origin.substr(scheme + 3);
}

}  // namespace

bool Access::Allows(auth::Role role) const {
  switch (kind_) {
    case Kind::kPublic:
    case Kind::kAnyUser: return true;
    case Kind::kRoles: return std::find(roles_.begin(), roles_.end(), role) != roles_.end();
  }
  return false;
}

std::string SessionCookie(const httplib::Request& req, const std::string& name) {
  const std::string prefix = name + "=";
  for (std::size_t i = 0; i < req.get_header_value_count("Cookie"); ++i) {
    const std::string header = req.get_header_value("Cookie", i);
    std::size_t pos = 0;
    while (pos < header.size()) {
      while (pos < header.size() && (header[pos] == ' ' || header[pos] == ';')) ++pos;
      const auto end = std::min(header.find(';', pos), header.size());
      if (header.compare(pos, prefix.size(), prefix) == 0) {
        return header.substr(pos + prefix.size(), end - pos - prefix.size());
      }
      pos = end;
    }
  }
  return {};
}

Router::Router(auth::SessionManager& sessions, Metrics& metrics, CaseAccessCheck case_access,
               RouterOptions options)
    : sessions_(sessions),
      metrics_(metrics),
      case_access_(std::move(case_access)),
      options_(std::move(options)) {}

void Router::Add(std::string method, std::string pattern, Access access, Handler handler) {
  routes_.push_back({std::move(method), std::move(pattern), std::move(access), std::move(handler)});
}

const Route* Router::Match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params, bool& path_known) const {
  const auto parts = Segments(path);
  path_known = false;
  for (const Route& route : routes_) {
    const auto pattern = Segments(route.pattern);
    if (pattern.size() != parts.size()) continue;
    std::map<std::string, std::string> found;
    bool match = true;
    for (std::size_t i = 0; i < parts.size() && match; ++i) {
      if (pattern[i].size() > 2 && pattern[i].front() == '{' && pattern[i].back() == '}') {
        if (parts[i].empty()) match = false;
        else found[std::string(pattern[i].substr(1, pattern[i].size() - 2))] = std::string(parts[i]);
      } else {
        match = pattern[i] == parts[i];
      }
    }
    if (!match) continue;
    path_known = true;
    if (route.method == method) {
      params = std::move(found);
      return &route;
    }
  }
  return nullptr;
}

void Router::Install(httplib::Server& server) {
  auto dispatch = [this](const httplib::Request& req, httplib::Response& res) { Dispatch(req, res); };
  server.Get(".*", dispatch);
  server.Post(".*", dispatch);
  server.Put(".*", dispatch);
  server.Patch(".*", dispatch);
  server.Delete(".*", dispatch);
}

void Router::Dispatch(const httplib::Request& req, httplib::Response& res) {
  const auto started = std::chrono::steady_clock::now();
  Context ctx{req, res, {}, std::nullopt};
  bool path_known = false;
  const Route* route = Match(req.method, req.path, ctx.params, path_known);
  std::string label = route ? route->pattern : "unmatched";
  if (route) {
    Run(*route, ctx);
  } else if (path_known) {
    std::string allowed;
    std::map<std::string, std::string> ignored;
    for (const char* m : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
      bool known = false;
      if (Match(m, req.path, ignored, known)) allowed += std::string(allowed.empty() ? "" : ", ") + m;
    }
    res.set_header("Allow", allowed);
    ctx.ReplyProblem({405, "", req.method + " is not allowed here; this address accepts " + allowed + "."});
  } else if (req.method == "GET" && req.path.rfind("/api/", 0) != 0 && fallback_) {
    label = "static";
    fallback_(req, res);
  } else {
    ctx.ReplyProblem({404, "", "There is nothing at " + req.path + ". The API is described at "
                               "/api/v1/openapi.json."});
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  metrics_.Record(label, req.method, res.status, seconds);
}

void Router::Run(const Route& route, Context& ctx) {
  const auto& req = ctx.req;
  if (!route.access.is_public()) {
    const std::string token = SessionCookie(req, options_.session_cookie);
    if (token.empty()) {
      ctx.ReplyProblem({401, "", "You are not logged in. Log in at POST /api/v1/session."});
      return;
    }
    auto session = sessions_.Authenticate(token, req.remote_addr);
    if (!session.ok()) {
      if (session.status().code() == ErrorCode::kUnauthenticated) {
        ctx.ReplyProblem({401, "", "Your session has expired. Please log in again."});
      } else {
        ctx.Fail(session.status());
      }
      return;
    }
    ctx.session = std::move(*session);
    if (!route.access.Allows(ctx.principal().role)) {
      ctx.ReplyProblem({403, "", "Your role (" + std::string(auth::RoleName(ctx.principal().role)) +
                                     ") may not use " + req.method + " " + route.pattern + "."});
      return;
    }
    if (IsStateChanging(req.method)) {
      const std::string csrf = req.get_header_value("X-CSRF-Token");
      if (csrf.empty() || !ConstantTimeEquals(csrf, ctx.session->csrf_token)) {
        ctx.ReplyProblem({403, "", "The X-CSRF-Token header is missing or wrong. Send the "
                                   "csrf_token you got at login (also in GET /api/v1/me)."});
        return;
      }
    }
    if (route.access.case_scoped() && !case_access_(ctx.principal(), ctx.params["id"])) {
      ctx.ReplyProblem({403, "", "You may not see this case."});
      return;
    }
  }
  if (IsStateChanging(req.method) && req.has_header("Origin")) {
    // A browser always sends Origin on cross-site writes; one from elsewhere is refused even
    // where the SameSite cookie would not be sent (defence in depth against CSRF).
    if (OriginHost(req.get_header_value("Origin")) != req.get_header_value("Host")) {
      ctx.ReplyProblem({403, "", "Requests from another site are refused."});
      return;
    }
  }
  try {
    route.handler(ctx);
  } catch (const std::exception& e) {
    // The last-resort catch of STYLE.md rule 3: log the route and the type, never the request.
    spdlog::error("handler_exception route={} method={} what={}", route.pattern, req.method, e.what());
    ctx.Fail(Internal(e.what()));
  }
}

}  // namespace verbatim::http
