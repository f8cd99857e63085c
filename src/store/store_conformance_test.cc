// One suite, run unchanged on SQLite and on PostgreSQL (ctest runs this binary once per backend).
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "store/migrations.h"
#include "store/test_store.h"

namespace verbatim::store {
namespace {

class StoreConformance : public ::testing::Test {
 protected:
  void SetUp() override {
    auto txn = db_.store().Begin(Access::kWrite);
    ASSERT_TRUE(txn.ok()) << txn.status().message();
    ASSERT_TRUE((*txn)->ExecuteScript(
                         "CREATE TABLE things (id BIGINT PRIMARY KEY, name TEXT UNIQUE, n BIGINT)")
                    .ok());
    ASSERT_TRUE((*txn)->Commit().ok());
  }

  std::unique_ptr<Transaction> Begin(Access access) {
    auto txn = db_.store().Begin(access);
    EXPECT_TRUE(txn.ok()) << txn.status().message();
    return std::move(txn).value();
  }

  TestStore db_;
};

TEST_F(StoreConformance, AppliesEveryEmbeddedMigration) {
  auto version = db_.store().SchemaVersion();
  ASSERT_TRUE(version.ok());
  EXPECT_EQ(*version, EmbeddedMigrations(db_.dialect()).back().version);
}

TEST_F(StoreConformance, ReopeningDoesNotReapplyMigrations) {
  auto again = Store::Open(db_.url(), 2);
  ASSERT_TRUE(again.ok()) << again.status().message();
  auto version = (*again)->SchemaVersion();
  ASSERT_TRUE(version.ok());
  EXPECT_EQ(*version, EmbeddedMigrations(db_.dialect()).back().version);
}

TEST_F(StoreConformance, RoundTripsTextInAnyScriptIntegersAndNulls) {
  const std::string names[] = {"محمد أحمد", "محمدرضا", "Жамшид", "ሰላም ዓለም", "Zoë O'Brien; DROP TABLE things;--"};
  auto txn = Begin(Access::kWrite);
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(txn->Execute("INSERT INTO things (id, name, n) VALUES ($1, $2, $3)",
                             {i, names[i], i == 4 ? Value(nullptr) : Value(std::int64_t{1} << 40)})
                    .ok());
  }
  ASSERT_TRUE(txn->Commit().ok());

  auto read = Begin(Access::kRead);
  auto rows = read->Query("SELECT id, name, n FROM things ORDER BY id");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 5u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ((*rows)[i].Text(1), names[i]);
  }
  EXPECT_EQ((*rows)[0].Int(2), std::int64_t{1} << 40);
  EXPECT_TRUE((*rows)[4].IsNull(2));
}

TEST_F(StoreConformance, ParametersMayAppearOutOfOrderAndRepeated) {
  auto txn = Begin(Access::kWrite);
  ASSERT_TRUE(txn->Execute("INSERT INTO things (name, id, n) VALUES ($2, $1, $1)", {7, "seven"}).ok());
  auto rows = txn->Query("SELECT name, n FROM things WHERE id = $1", {7});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].Text(0), "seven");
  EXPECT_EQ((*rows)[0].Int(1), 7);
}

TEST_F(StoreConformance, UncommittedTransactionLeavesNothing) {
  {
    auto txn = Begin(Access::kWrite);
    ASSERT_TRUE(txn->Execute("INSERT INTO things (id, name) VALUES (1, 'x')").ok());
  }
  auto rows = Begin(Access::kRead)->Query("SELECT COUNT(*) FROM things");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].Int(0), 0);
}

TEST_F(StoreConformance, CommittedDataIsSeenByAnotherStore) {
  auto txn = Begin(Access::kWrite);
  ASSERT_TRUE(txn->Execute("INSERT INTO things (id, name) VALUES (1, 'kept')").ok());
  ASSERT_TRUE(txn->Commit().ok());
  auto other = Store::Open(db_.url(), 1);
  ASSERT_TRUE(other.ok());
  auto read = (*other)->Begin(Access::kRead);
  ASSERT_TRUE(read.ok());
  auto rows = (*read)->Query("SELECT name FROM things WHERE id = 1");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].Text(0), "kept");
}

TEST_F(StoreConformance, DuplicateKeyIsAlreadyExistsAndPoisonsTheTransaction) {
  auto txn = Begin(Access::kWrite);
  ASSERT_TRUE(txn->Execute("INSERT INTO things (id, name) VALUES (1, 'a')").ok());
  auto dup = txn->Execute("INSERT INTO things (id, name) VALUES (2, 'a')");
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.status().code(), ErrorCode::kAlreadyExists);
  // All or nothing on both backends: the first insert must not be committed either.
  EXPECT_FALSE(txn->Commit().ok());
  txn.reset();
  auto rows = Begin(Access::kRead)->Query("SELECT COUNT(*) FROM things");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].Int(0), 0);
}

TEST_F(StoreConformance, ExecuteReportsAffectedRows) {
  auto txn = Begin(Access::kWrite);
  ASSERT_TRUE(txn->Execute("INSERT INTO things (id, n) VALUES (1, 1), (2, 1), (3, 2)").ok());
  auto changed = txn->Execute("UPDATE things SET n = 5 WHERE n = $1", {1});
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(*changed, 2);
}

TEST_F(StoreConformance, ConcurrentCounterIncrementsAreDistinct) {
  constexpr int kThreads = 4, kEach = 25;
  std::vector<std::thread> threads;
  std::mutex mutex;
  std::set<std::int64_t> seen;
  std::atomic<int> failures = 0;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        auto txn = db_.store().Begin(Access::kWrite);
        if (!txn.ok()) { ++failures; continue; }
        auto rows = (*txn)->Query(
            "UPDATE counters SET value = value + 1 WHERE name = 'case_number' RETURNING value");
        if (!rows.ok() || !(*txn)->Commit().ok()) { ++failures; continue; }
        std::lock_guard lock(mutex);
        seen.insert((*rows)[0].Int(0));
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(kThreads * kEach));
  EXPECT_EQ(*seen.rbegin(), kThreads * kEach);
}

TEST_F(StoreConformance, BadSqlIsAnErrorNotACrash) {
  auto txn = Begin(Access::kWrite);
  auto result = txn->Query("SELEC nonsense");
  EXPECT_FALSE(result.ok());
  EXPECT_FALSE(result.status().message().empty());
}

TEST_F(StoreConformance, BackupCopiesSqliteAndNamesPgDumpForPostgresql) {
  auto txn = Begin(Access::kWrite);
  ASSERT_TRUE(txn->Execute("INSERT INTO things (id, name) VALUES (1, 'backed up')").ok());
  ASSERT_TRUE(txn->Commit().ok());
  const std::string out = ::testing::TempDir() + "/verbatim-backup-" + std::to_string(getpid()) + ".db";
  Status s = db_.store().Backup(out);
  if (db_.dialect() == Dialect::kPostgresql) {
    EXPECT_EQ(s.code(), ErrorCode::kFailedPrecondition);
    EXPECT_NE(s.message().find("pg_dump"), std::string::npos);
    return;
  }
  ASSERT_TRUE(s.ok()) << s.message();
  auto copy = Store::Open("sqlite://" + out, 1);
  ASSERT_TRUE(copy.ok());
  auto rows = (*(*copy)->Begin(Access::kRead))->Query("SELECT name FROM things");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].Text(0), "backed up");
  copy->reset();
  std::remove(out.c_str());
}

TEST(StoreOpen, RejectsUnknownUrlSchemes) {
  auto s = Store::Open("mysql://localhost/x");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("sqlite://"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::store
