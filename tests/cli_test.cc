// The verbatim binary as an operator uses it, on the backend under test.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdio>
#include <fstream>

#include "cli_runner.h"
#include "base/json.h"
#include "store/test_store.h"

namespace verbatim::testing {
namespace {


class CliTest : public ::testing::Test {
 protected:
  std::string Db() const { return " --db '" + db_.url() + "'"; }
  store::TestStore db_;
};

TEST_F(CliTest, AddsListsLocksAndUnlocksUsers) {
  auto add = RunVerbatim("user add amira --role officer --password-stdin" + Db(), "a long password 1\n");
  EXPECT_EQ(add.exit_code, 0) << add.output;
  EXPECT_NE(add.output.find("Created user amira (officer)"), std::string::npos);
  auto again = RunVerbatim("user add amira --role officer --password-stdin" + Db(), "a long password 1\n");
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.output.find("taken"), std::string::npos);
  auto shortpw = RunVerbatim("user add bo --role officer --password-stdin" + Db(), "short\n");
  EXPECT_EQ(shortpw.exit_code, 1);
  EXPECT_NE(shortpw.output.find("at least 12 characters"), std::string::npos);
  auto badrole = RunVerbatim("user add bo --role judge --password-stdin" + Db(), "a long password 1\n");
  EXPECT_EQ(badrole.exit_code, 1);
  EXPECT_NE(badrole.output.find("'judge' is not a role"), std::string::npos);

  EXPECT_EQ(RunVerbatim("user lock amira" + Db()).exit_code, 0);
  auto list = RunVerbatim("user list" + Db());
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.output.find("amira"), std::string::npos);
  EXPECT_NE(list.output.find("locked"), std::string::npos);
  EXPECT_EQ(RunVerbatim("user unlock amira" + Db()).exit_code, 0);
  EXPECT_NE(RunVerbatim("user list" + Db()).output.find("active"), std::string::npos);
  EXPECT_EQ(RunVerbatim("user unlock ghost" + Db()).exit_code, 1);
}

TEST_F(CliTest, AuditVerifyCatchesARowEditedDirectlyInTheDatabase) {
  ASSERT_EQ(RunVerbatim("user add amira --role officer --password-stdin" + Db(), "a long password 1\n").exit_code, 0);
  ASSERT_EQ(RunVerbatim("user lock amira" + Db()).exit_code, 0);
  ASSERT_EQ(RunVerbatim("user unlock amira" + Db()).exit_code, 0);
  auto intact = RunVerbatim("audit verify" + Db());
  EXPECT_EQ(intact.exit_code, 0) << intact.output;
  EXPECT_NE(intact.output.find("intact: 3 rows"), std::string::npos);

  const std::string edit = "UPDATE audit_log SET action = 'user.nothing' WHERE seq = 2";
  if (db_.dialect() == store::Dialect::kSqlite) {
    // Straight into the file, as an attacker with disk access would, bypassing verbatim.
    const std::string path = db_.url().substr(std::string("sqlite://").size());
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, edit.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
  } else {
    auto txn = db_.store().Begin(store::Access::kWrite);
    ASSERT_TRUE((*txn)->ExecuteScript(edit).ok());
    ASSERT_TRUE((*txn)->Commit().ok());
  }
  auto broken = RunVerbatim("audit verify" + Db());
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_NE(broken.output.find("BROKEN at row 2"), std::string::npos) << broken.output;
}

TEST_F(CliTest, MigrateAndBackup) {
  auto migrate = RunVerbatim("migrate" + Db());
  EXPECT_EQ(migrate.exit_code, 0);
  EXPECT_NE(migrate.output.find("schema version"), std::string::npos);
  const std::string out = ::testing::TempDir() + "/cli-backup-" + std::to_string(getpid()) + ".db";
  std::remove(out.c_str());
  auto backup = RunVerbatim("backup --out " + out + Db());
  if (db_.dialect() == store::Dialect::kPostgresql) {
    EXPECT_EQ(backup.exit_code, 1);
    EXPECT_NE(backup.output.find("pg_dump"), std::string::npos);
    return;
  }
  EXPECT_EQ(backup.exit_code, 0) << backup.output;
  EXPECT_EQ(RunVerbatim("audit verify --db sqlite://" + out).exit_code, 0);
  EXPECT_EQ(RunVerbatim("backup --out " + out + Db()).exit_code, 1);  // never overwrites
  std::remove(out.c_str());
}

TEST_F(CliTest, CurrencyConvertLoadsTheShippedRatesOnFirstUse) {
  auto run = RunVerbatim("currency convert 100 USD EUR --on 2020-03-15 --json" + Db());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const auto j = nlohmann::json::parse(run.output.substr(run.output.find('{')));
  EXPECT_NEAR(j["amount"].get<double>(), 90.53, 1e-9);
  EXPECT_EQ(j["rate_date"], "2020-03-01");
  EXPECT_EQ(j["source"], "EUR: fed-h10-monthly 2020-03");
  auto outside = RunVerbatim("currency convert 1 AFN USD --on 2024-05-01" + Db());
  EXPECT_EQ(outside.exit_code, 1);
  EXPECT_NE(outside.output.find("outside"), std::string::npos) << outside.output;
  auto unknown = RunVerbatim("currency convert 1 ABC USD --on 2020-01-01" + Db());
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.output.find("'ABC' is not a currency code"), std::string::npos);
  auto bad_amount = RunVerbatim("currency convert lots USD EUR --on 2020-01-01" + Db());
  EXPECT_NE(bad_amount.output.find("'lots' is not an amount"), std::string::npos);
}

TEST(Cli, VersionAndHelpOnEveryCommand) {
  auto version = RunVerbatim("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.output.rfind("verbatim ", 0), 0u);
  for (const char* cmd : {"serve", "user add", "user list", "user lock", "user unlock", "migrate",
                          "backup", "audit verify", "interview verify", "interview export",
                          "report interview", "currency import", "currency convert"}) {
    auto help = RunVerbatim(std::string(cmd) + " --help");
    EXPECT_EQ(help.exit_code, 0) << cmd;
    EXPECT_NE(help.output.find("Usage:"), std::string::npos) << cmd;
    if (std::string(cmd) != "serve") {
      EXPECT_NE(help.output.find("--db"), std::string::npos) << cmd;
    }
    EXPECT_NE(help.output.find("--config"), std::string::npos) << cmd;
  }
}

TEST(Cli, BadConfigurationNamesFileAndLine) {
  const std::string path = ::testing::TempDir() + "/bad-verbatim.toml";
  std::ofstream(path) << "listen = \"127.0.0.1:8080\"\nthreds = 4\n";
  auto run = RunVerbatim("migrate --config " + path);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.output.find(path + ":2: unknown setting 'threds'"), std::string::npos) << run.output;
  auto url = RunVerbatim("migrate --db mysql://x");
  EXPECT_EQ(url.exit_code, 1);
  EXPECT_NE(url.output.find("unknown database URL"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::testing
