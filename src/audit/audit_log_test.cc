#include "audit/audit_log.h"

#include <gtest/gtest.h>

#include "store/test_store.h"

namespace verbatim::audit {
namespace {

class AuditLogTest : public ::testing::Test {
 protected:
  void AppendThree() {
    for (const char* action : {"session.login", "case.read", "session.logout"}) {
      ASSERT_TRUE(AppendNow(db_.store(), clock_,
                            {"officer", "officer", action, "case:abc", "127.0.0.1", "ok"})
                      .ok());
    }
  }
  void Tamper(const std::string& sql) {
    auto txn = db_.store().Begin(store::Access::kWrite);
    ASSERT_TRUE(txn.ok());
    ASSERT_TRUE((*txn)->ExecuteScript(sql).ok());
    ASSERT_TRUE((*txn)->Commit().ok());
  }

  store::TestStore db_;
  ManualClock clock_{FromUnixMicros(1'790'000'000'000'000)};
};

TEST_F(AuditLogTest, EmptyLogVerifies) {
  auto report = Verify(db_.store());
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->rows_checked, 0);
  EXPECT_FALSE(report->first_broken_seq);
}

TEST_F(AuditLogTest, IntactChainVerifies) {
  AppendThree();
  auto report = Verify(db_.store());
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->rows_checked, 3);
  EXPECT_FALSE(report->first_broken_seq) << report->problem;
}

TEST_F(AuditLogTest, EditedRowIsNamed) {
  AppendThree();
  Tamper("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
  auto report = Verify(db_.store());
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->first_broken_seq);
  EXPECT_EQ(*report->first_broken_seq, 2);
}

TEST_F(AuditLogTest, DeletedMiddleRowIsNamed) {
  AppendThree();
  Tamper("DELETE FROM audit_log WHERE seq = 2");
  auto report = Verify(db_.store());
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->first_broken_seq);
  EXPECT_EQ(*report->first_broken_seq, 2);
}

TEST_F(AuditLogTest, DeletedTailIsCaughtByTheHead) {
  AppendThree();
  Tamper("DELETE FROM audit_log WHERE seq = 3");
  auto report = Verify(db_.store());
  ASSERT_TRUE(report.ok());
  ASSERT_TRUE(report->first_broken_seq);
  EXPECT_EQ(*report->first_broken_seq, 3);
}

TEST_F(AuditLogTest, RolledBackChangeLeavesNoAuditRow) {
  {
    auto txn = db_.store().Begin(store::Access::kWrite);
    ASSERT_TRUE(txn.ok());
    ASSERT_TRUE(Append(**txn, clock_, {"officer", "officer", "case.create", "case:x", "-", "ok"}).ok());
  }
  auto report = Verify(db_.store());
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->rows_checked, 0);
}

}  // namespace
}  // namespace verbatim::audit
