#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <thread>

#include "auth/user_admin.h"
#include "base/json.h"
#include "http/server.h"
#include "store/test_store.h"

namespace verbatim::testing {

/// A real server on a free loopback port over a throwaway store of the backend under test,
/// driven through real HTTP by cpp-httplib's client.
class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_.threads = 4;
    config_.max_body_bytes = 64 * 1024;
    config_.max_audio_bytes = 192 * 1024;
    config_.web_root = "/nonexistent";
    auto server = http::Server::Create(config_, db_.store(), clock_);
    ASSERT_TRUE(server.ok()) << server.status().message();
    server_ = std::move(server).value();
    auto port = server_->Bind("127.0.0.1", 0);
    ASSERT_TRUE(port.ok());
    port_ = *port;
    thread_ = std::thread([this] { (void)server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client_->set_read_timeout(30, 0);
    for (int i = 0; i < 200 && !client_->Get("/healthz"); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }

  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
  }

  void AddUser(const std::string& name, auth::Role role) {
    const auth::Principal root{0, "test", auth::Role::kAdmin, "test"};
    ASSERT_TRUE(auth::CreateUser(db_.store(), clock_, root, name, role, Password(name)).ok());
  }
  static std::string Password(const std::string& name) { return name + "-test-password"; }

  /// Logs in and keeps the cookie and CSRF token for the following calls.
  void LogIn(const std::string& name) {
    auto res = client_->Post("/api/v1/session",
                             Json{{"username", name}, {"password", Password(name)}}.dump(),
                             "application/json");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const std::string cookie = res->get_header_value("Set-Cookie");
    cookie_ = cookie.substr(0, cookie.find(';'));
    csrf_ = Json::parse(res->body)["csrf_token"];
  }

  httplib::Headers Auth(bool with_csrf = true) const {
    httplib::Headers h{{"Cookie", cookie_}};
    if (with_csrf) h.emplace("X-CSRF-Token", csrf_);
    return h;
  }

  httplib::Result Get(const std::string& path) { return client_->Get(path.c_str(), Auth(false)); }
  httplib::Result Post(const std::string& path, const Json& body) {
    return client_->Post(path.c_str(), Auth(), body.dump(), "application/json");
  }

  store::TestStore db_;
  ManualClock clock_{FromUnixMicros(1'795'000'000'000'000)};  // 2026-11-18
  Config config_;
  std::unique_ptr<http::Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
  std::string cookie_, csrf_;
};

}  // namespace verbatim::testing
