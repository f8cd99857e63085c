#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "base/config.h"

namespace verbatim {
namespace {

EnvLookup FakeEnv(std::map<std::string, std::string> values) {
  return [values](const std::string& name) -> std::optional<std::string> {
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

std::string WriteFile(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << content;
  return path;
}

TEST(Config, DefaultsServeOnLoopbackWithTheEmbeddedStore) {
  auto c = LoadConfig(std::nullopt, FakeEnv({}));
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->listen, "127.0.0.1:8080");
  EXPECT_EQ(c->db_url, "sqlite://./var/verbatim.db");
  EXPECT_EQ(c->session_idle_minutes, 30);
  EXPECT_EQ(c->session_absolute_hours, 12);
}

TEST(Config, EnvironmentOverridesTheFile) {
  const auto path = WriteFile("env.toml", "threads = 3\nlisten = \"0.0.0.0:9000\"\n");
  auto c = LoadConfig(path, FakeEnv({{"VERBATIM_THREADS", "5"}}));
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->threads, 5);
  EXPECT_EQ(c->listen, "0.0.0.0:9000");
}

TEST(Config, UnknownKeyNamesFileAndLine) {
  const auto path = WriteFile("unknown.toml", "threads = 3\n\nthread_count = 4\n");
  auto c = LoadConfig(path, FakeEnv({}));
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(), path + ":3: unknown setting 'thread_count'");
}

TEST(Config, WrongTypeAndSyntaxErrorsNameTheLine) {
  const auto typed = WriteFile("typed.toml", "threads = \"many\"\n");
  auto c = LoadConfig(typed, FakeEnv({}));
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(), typed + ":1: 'threads' must be an integer");

  const auto broken = WriteFile("broken.toml", "db = \"x\"\nlisten = \n");
  auto b = LoadConfig(broken, FakeEnv({}));
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().message().rfind(broken + ":2:", 0), 0u) << b.status().message();
}

TEST(Config, RejectsOutOfRangeValues) {
  auto c = LoadConfig(std::nullopt, FakeEnv({{"VERBATIM_LISTEN", "localhost:99999"}}));
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("port"), std::string::npos);
  auto t = LoadConfig(std::nullopt, FakeEnv({{"VERBATIM_THREADS", "x"}}));
  EXPECT_FALSE(t.ok());
}

}  // namespace
}  // namespace verbatim
