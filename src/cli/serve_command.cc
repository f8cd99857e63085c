#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "base/log.h"
#include "cli/command.h"
#include "base/data_dir.h"
#include "cli/demo_data.h"
#include "coi/demo_library.h"
#include "currency/shipped_rates.h"
#include "http/server.h"

namespace verbatim::cli {
namespace {

struct ServeFlags {
  DataFlags data;
  std::string listen;
  std::string web_root;
  bool demo = false;
  bool test_clock = false;
};

void PrintWelcome(const std::string& url, bool demo, bool created) {
  std::cout << "\nVerbatim is running at " << url << "\n";
  if (demo) {
    std::cout << (created ? "Demo data created. " : "") << "Demo logins (username / password):\n";
    for (const auto& login : DemoLogins()) {
      std::cout << "  " << login.username << std::string(12 - login.username.size(), ' ')
                << login.password << std::string(22 - login.password.size(), ' ') << "("
                << login.role << ")\n";
    }
  }
  std::cout << "Press Ctrl+C to stop.\n" << std::endl;
}

int Serve(const ServeFlags& flags) {
  auto config = ResolveConfig(flags.data);
  if (!config) return 1;
  if (!flags.listen.empty()) config->listen = flags.listen;
  if (!flags.web_root.empty()) config->web_root = flags.web_root;
  if (Status s = ValidateConfig(*config); !s.ok()) return Fail(s.message());
  InitLogging(config->log_level);

  // Signals go to one waiting thread, so no handler runs inside a request thread.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto store = OpenStoreOrReport(*config, config->threads + 2);
  if (!store) return 1;
  const Clock& clock = SystemClock::Instance();
  bool created = false;
  if (flags.demo) {
    auto demo = EnsureDemoData(*store, clock);
    if (!demo.ok()) return Fail("cannot create the demo data: " + demo.status().message());
    created = *demo;
    // The demo COI library (data/coi), once: a library with documents is left alone.
    auto coi = coi::EnsureDemoLibrary(*store, FindDataDir(config->data_dir));
    if (!coi.ok()) {
      spdlog::warn("coi_library_not_loaded reason=\"{}\"", coi.status().message());
    } else {
      spdlog::info("coi_library_{} documents={} passages={} failed_files={}",
                   coi->loaded_now ? "loaded" : "present", coi->documents, coi->passages,
                   coi->failed);
    }
  }
  // A movable clock exists for browser tests only; it must never run in production.
  OffsetClock test_clock;
  if (flags.test_clock) {
    const char* testing = std::getenv("VERBATIM_TESTING");
    if (testing == nullptr || std::string(testing) != "1") {
      return Fail("--test-clock is for tests only and is refused here (VERBATIM_TESTING=1 is "
                  "not set)");
    }
  }
  // The shipped exchange rates, on a store that has none yet (AS-2: converts with no set-up).
  auto rates = currency::EnsureShippedRates(*store, FindDataDir(config->data_dir));
  if (!rates.ok()) {
    spdlog::warn("exchange_rates_not_loaded reason=\"{}\"", rates.status().message());
  } else {
    for (const auto& r : *rates) spdlog::info("exchange_rates_loaded series={} rows={}", r.series, r.rows);
  }
  auto server = http::Server::Create(*config, *store, flags.test_clock ? test_clock : clock,
                                     flags.test_clock ? &test_clock : nullptr);
  if (!server.ok()) return Fail(server.status().message());
  const auto [host, port] = *ParseListenAddress(config->listen);
  auto bound = (*server)->Bind(host, port);
  if (!bound.ok()) return Fail(bound.status().message());
  spdlog::info("listening host={} port={} db={}", host, *bound,
               store::DialectName(store->dialect()));

  std::thread waiter([&] {
    int signal = 0;
    sigwait(&signals, &signal);
    spdlog::info("stopping signal={}", signal);
    (*server)->Stop();
  });
  PrintWelcome("http://" + (host == "0.0.0.0" ? std::string("127.0.0.1") : host) + ":" +
                   std::to_string(*bound) + "/",
               flags.demo, created);
  Status run = (*server)->Run();
  // Wake the waiter if the server stopped on its own.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return run.ok() ? 0 : Fail(run.message());
}

}  // namespace

void AddServeCommands(std::vector<Command>& table) {
  table.push_back({{"serve"},
                   "start the web server (API and front end)",
                   [](CLI::App& app) -> std::function<int()> {
                     auto flags = std::make_shared<ServeFlags>();
                     AddDataFlags(app, flags->data);
                     app.add_option("--listen", flags->listen,
                                    "HOST:PORT to listen on (default 127.0.0.1:8080)");
                     app.add_option("--web-root", flags->web_root,
                                    "folder of the built front end (default: web/dist)");
                     app.add_flag("--demo", flags->demo,
                                  "create demo users and cases on an empty database and print "
                                  "the logins");
                     app.add_flag("--test-clock", flags->test_clock,
                                  "tests only: let POST /api/v1/test/clock move the server's "
                                  "time (refused unless VERBATIM_TESTING=1)");
                     return [flags] { return Serve(*flags); };
                   }});
}

}  // namespace verbatim::cli
