#pragma once

#include <memory>
#include <string>

#include "base/clock.h"
#include "base/config.h"
#include "base/result.h"
#include "store/store.h"

namespace httplib {
class Server;
}

namespace verbatim::http {

class Router;
struct Services;

/// The HTTP server: cpp-httplib with our router, services and limits. Create, Bind, then Run
/// (blocking) on one thread and Stop from another.
class Server {
 public:
  /// `test_clock`, when given, is the server's clock and can be moved through
  /// POST /api/v1/test/clock; only `serve --test-clock` in tests passes one.
  static Result<std::unique_ptr<Server>> Create(const Config& config, store::Store& store,
                                                const Clock& clock,
                                                OffsetClock* test_clock = nullptr);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds HOST:PORT (port 0 picks a free one) and returns the port.
  Result<int> Bind(const std::string& host, int port);
  /// Serves until Stop(); returns an error if the server could not run.
  Status Run();
  void Stop();

  const Router& router() const;

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace verbatim::http
