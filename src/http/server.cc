#include "http/server.h"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include "auth/session_manager.h"
#include "cases/case_service.h"
#include "http/body_limit.h"
#include "http/handlers/routes.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/services.h"
#include "http/static_files.h"
#include "base/data_dir.h"
#include "speech/speech_service.h"

namespace verbatim::http {

struct Server::Impl {
  Impl(const Config& config, store::Store& store, const Clock& clock, OffsetClock* test_clock)
      : config(config),
        sessions(store, clock, Policy(config)),
        cases(store, clock),
        interviews(store, clock),
        speech(this->config, FindDataDir(config.data_dir), clock),
        services{store, clock, this->config, sessions, cases, interviews, metrics, test_clock, &speech},
        router(sessions, metrics,
               // Case scope for now: officers and supervisors see every case of the authority.
               [](const auth::Principal& p, const std::string&) { return cases::MaySeeCases(p.role); },
               RouterOptions{config.secure_cookies}),
        static_files(FindWebRoot(config.web_root)) {}

  static auth::SessionPolicy Policy(const Config& c) {
    auth::SessionPolicy p;
    p.idle_timeout = std::chrono::minutes(c.session_idle_minutes);
    p.absolute_timeout = std::chrono::hours(c.session_absolute_hours);
    return p;
  }

  Config config;
  Metrics metrics;
  auth::SessionManager sessions;
  cases::CaseService cases;
  interview::InterviewService interviews;
  speech::SpeechService speech;
  Services services;
  Router router;
  StaticFiles static_files;
  httplib::Server http;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

const Router& Server::router() const { return impl_->router; }

Result<std::unique_ptr<Server>> Server::Create(const Config& config, store::Store& store,
                                               const Clock& clock, OffsetClock* test_clock) {
  auto impl = std::make_unique<Impl>(config, store, clock, test_clock);
  Impl& i = *impl;
  AddSystemRoutes(i.router, i.services);
  AddSessionRoutes(i.router, i.services);
  AddCaseRoutes(i.router, i.services);
  AddUserRoutes(i.router, i.services);
  AddInterviewRoutes(i.router, i.services);
  AddHintRoutes(i.router, i.services);
  AddToolRoutes(i.router, i.services);
  AddTaskRoutes(i.router, i.services);
  AddCoiRoutes(i.router, i.services);
  AddCoiCompareRoutes(i.router, i.services);
  AddGuideRoutes(i.router, i.services);
  AddReferralRoutes(i.router, i.services);
  AddGroupRoutes(i.router, i.services);
  AddScreeningRoutes(i.router, i.services);
  AddSpeechRoutes(i.router, i.services);
  if (test_clock != nullptr) AddTestClockRoutes(i.router, i.services);
  i.router.SetFallback([&i](const httplib::Request& req, httplib::Response& res) {
    i.static_files.Serve(req, res);
  });
  if (!i.static_files.available()) {
    spdlog::warn("web_assets_missing root={} hint=\"npm run build in web/\"",
                 i.static_files.root().string());
  }

  httplib::Server& http = i.http;
  // Without TCP_NODELAY small responses wait for Nagle's algorithm (~40 ms each).
  http.set_tcp_nodelay(true);
  http.set_read_timeout(config.read_timeout_seconds, 0);
  http.set_write_timeout(config.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(config.keep_alive_timeout_seconds);
  // httplib has one limit for every route; the route's own (body_limit.h) is checked on the
  // declared length before the body is read.
  http.set_payload_max_length(static_cast<std::size_t>(LargestBodyLimit(config)));
  http.set_pre_routing_handler([&config = i.config](const httplib::Request& req, httplib::Response& res) {
    std::optional<std::string> length;
    if (req.has_header("Content-Length")) length = req.get_header_value("Content-Length");
    const bool chunked = req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos;
    auto refusal = CheckBodyLimit(config, req.method, req.path, length, chunked);
    if (!refusal) return httplib::Server::HandlerResponse::Unhandled;
    res.status = refusal->status;
    // The connection still holds the unread body: close it rather than parse it as a request.
    res.set_header("Connection", "close");
    res.set_content(Problem{refusal->status, "", refusal->detail}.ToJson().dump(), "application/problem+json");
    return httplib::Server::HandlerResponse::Handled;
  });
  const int threads = config.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_default_headers({
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "frame-ancestors 'none'"},
  });
  http.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    // API answers may hold personal data: no cache may keep them.
    if (req.path.rfind("/api/", 0) == 0) res.set_header("Cache-Control", "no-store");
  });
  // Errors httplib raises itself (413 too large, 400 unparsable request, 404 for a method no
  // route takes) get the same problem+json form as ours.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string detail = "The request could not be handled.";
    if (res.status == 413) {
      detail = "The request body is too large; the limit is set by max_body_bytes.";
    } else if (res.status == 404 || res.status == 405) {
      res.status = 405;
      detail = req.method + " is not supported.";
    } else if (res.status == 400) {
      detail = "The request is malformed.";
    }
    Problem p{res.status, "", detail};
    res.set_content(p.ToJson().dump(), "application/problem+json");
  });
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res,
                                std::exception_ptr) {
    spdlog::error("unhandled_exception method={} path={}", req.method, req.path);
    Problem p = ProblemFrom(Internal("unhandled exception"));
    res.status = 500;
    res.set_content(p.ToJson().dump(), "application/problem+json");
  });
  http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    // The path only: query strings can hold search words, which can be names.
    spdlog::info("request method={} path={} status={}", req.method, req.path, res.status);
  });
  i.router.Install(http);
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::Bind(const std::string& host, int port) {
  if (port == 0) {
    const int bound = impl_->http.bind_to_any_port(host);
    if (bound < 0) return Unavailable("cannot listen on " + host + ": no free port");
    return bound;
  }
  if (!impl_->http.bind_to_port(host, port)) {
    return Unavailable("cannot listen on " + host + ":" + std::to_string(port) +
                       " (in use, or not an address of this machine); choose another with "
                       "--listen HOST:PORT");
  }
  return port;
}

Status Server::Run() {
  if (!impl_->http.listen_after_bind()) return Unavailable("the server stopped with an error");
  return Status::Ok();
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace verbatim::http
