// Kills the server with SIGKILL while entries stream in, restarts it, and proves that every
// entry it acknowledged is there (issue 3: an entry is acknowledged only once durable).
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <set>
#include <thread>

#include "auth/user_admin.h"
#include "base/json.h"
#include "cases/case_service.h"
#include "interview/charter_policy.h"
#include "interview/interview_service.h"
#include "store/test_store.h"

namespace verbatim::testing {
namespace {

int FreePort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

pid_t StartServer(const std::string& db_url, int port) {
  const pid_t pid = fork();
  if (pid == 0) {
    const std::string listen = "127.0.0.1:" + std::to_string(port);
    execl(VERBATIM_BINARY, VERBATIM_BINARY, "serve", "--db", db_url.c_str(), "--listen",
          listen.c_str(), "--web-root", "/nonexistent", static_cast<char*>(nullptr));
    _exit(127);
  }
  httplib::Client probe("127.0.0.1", port);
  for (int i = 0; i < 300; ++i) {
    if (auto res = probe.Get("/healthz"); res && res->status == 200) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return pid;
}

struct Session {
  std::string cookie, csrf;
};

Session LogIn(httplib::Client& client) {
  auto res = client.Post("/api/v1/session",
                         Json{{"username", "officer"}, {"password", "crash-test-password"}}.dump(),
                         "application/json");
  if (!res || res->status != 200) return {};
  const std::string c = res->get_header_value("Set-Cookie");
  return {c.substr(0, c.find(';')), Json::parse(res->body)["csrf_token"]};
}

TEST(CrashDurability, EveryAcknowledgedEntrySurvivesSigkill) {
  store::TestStore db;
  const auth::Principal root{0, "test", auth::Role::kAdmin, "test"};
  const auth::Principal officer{1, "officer", auth::Role::kOfficer, "test"};
  ASSERT_TRUE(auth::CreateUser(db.store(), SystemClock::Instance(), root, "officer",
                               auth::Role::kOfficer, "crash-test-password").ok());
  cases::CaseService cases(db.store(), SystemClock::Instance());
  auto c = cases.Create(officer, {"Haddad", "Rania", "رانيا حداد", "1991", "SY", {"ar"}});
  ASSERT_TRUE(c.ok());
  interview::InterviewService interviews(db.store(), SystemClock::Instance());
  auto id = interviews.Create(officer, {c->id, "officer", "INT-1", "ar", "Brussels", "2026-11-18T09:00:00Z"});
  ASSERT_TRUE(id.ok());
  {
    interview::Entry start;
    start.kind = interview::EntryKind::kStart;
    ASSERT_TRUE(interviews.Append(officer, *id, start).ok());
  }

  const int port = FreePort();
  pid_t server = StartServer(db.url(), port);
  ASSERT_GT(server, 0);

  std::mutex mutex;
  std::set<std::string> acknowledged;
  std::atomic<bool> stop = false;
  std::vector<std::thread> writers;
  for (int w = 0; w < 3; ++w) {
    writers.emplace_back([&, w] {
      httplib::Client client("127.0.0.1", port);
      client.set_read_timeout(5, 0);
      const Session s = LogIn(client);
      for (int n = 0; !stop && n < 100000; ++n) {
        const std::string client_id = "w" + std::to_string(w) + "-" + std::to_string(n);
        const Json body = {{"kind", "observation"}, {"text", "ملاحظة " + client_id},
                           {"client_id", client_id}};
        auto res = client.Post(("/api/v1/interviews/" + *id + "/entries").c_str(),
                               {{"Cookie", s.cookie}, {"X-CSRF-Token", s.csrf}}, body.dump(),
                               "application/json");
        if (!res) break;  // the server is gone
        if (res->status == 201) {
          std::lock_guard lock(mutex);
          acknowledged.insert(client_id);
        }
      }
    });
  }
  // Let entries stream, then kill without warning, mid-request.
  for (int i = 0; i < 200; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::lock_guard lock(mutex);
    if (acknowledged.size() >= 150) break;
  }
  ASSERT_EQ(kill(server, SIGKILL), 0);
  int status = 0;
  waitpid(server, &status, 0);
  stop = true;
  for (auto& t : writers) t.join();
  ASSERT_GE(acknowledged.size(), 20u) << "too few entries were written to prove anything";

  // Restart and read the record back over HTTP.
  server = StartServer(db.url(), port);
  httplib::Client client("127.0.0.1", port);
  const Session s = LogIn(client);
  auto res = client.Get(("/api/v1/interviews/" + *id + "/entries").c_str(), {{"Cookie", s.cookie}});
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const Json record = Json::parse(res->body);
  std::set<std::string> stored;
  for (const auto& e : record["entries"]) {
    if (e.contains("client_id")) stored.insert(e["client_id"].get<std::string>());
  }
  for (const auto& k : acknowledged) EXPECT_TRUE(stored.count(k)) << "lost acknowledged entry " << k;
  kill(server, SIGTERM);
  waitpid(server, &status, 0);

  auto chain = interviews.Verify(*id);
  ASSERT_TRUE(chain.ok());
  EXPECT_FALSE(chain->first_broken_seq) << chain->problem;
  RecordProperty("acknowledged", static_cast<int>(acknowledged.size()));
  std::cout << "acknowledged before SIGKILL: " << acknowledged.size()
            << ", stored after restart: " << stored.size() << "\n";
}

}  // namespace
}  // namespace verbatim::testing
