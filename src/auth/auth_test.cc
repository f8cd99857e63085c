#include <gtest/gtest.h>

#include "audit/audit_log.h"
#include "auth/password.h"
#include "auth/session_manager.h"
#include "auth/user_admin.h"
#include "store/audit_table.h"
#include "store/test_store.h"

namespace verbatim::auth {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

const Principal kOperator{0, "root", Role::kAdmin, "cli"};
constexpr const char* kPassword = "correct horse battery";

TEST(Password, PolicyNeedsTwelveCharactersCountedAsCharacters) {
  EXPECT_FALSE(CheckPasswordPolicy("short-pass1").ok());    // 11
  EXPECT_TRUE(CheckPasswordPolicy("long-enough-1").ok());  // 13
  EXPECT_TRUE(CheckPasswordPolicy("كلمةالسرطويلة").ok());   // 13 Arabic letters, 26 bytes
  EXPECT_FALSE(CheckPasswordPolicy("كلمةسر").ok());        // 6 letters, 12 bytes
}

TEST(Password, HashIsArgon2idAndVerifies) {
  auto hash = HashPassword(kPassword);
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword(kPassword, *hash));
  EXPECT_FALSE(VerifyPassword("correct horse battery!", *hash));
}

TEST(Username, OnlyPlainAsciiNames) {
  EXPECT_TRUE(CheckUsername("j.doe-2").ok());
  EXPECT_FALSE(CheckUsername("J.Doe").ok());
  EXPECT_FALSE(CheckUsername("").ok());
  EXPECT_FALSE(CheckUsername("محمد").ok());
}

class SessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(CreateUser(db_.store(), clock_, kOperator, "officer", Role::kOfficer, kPassword).ok());
  }
  std::vector<std::string> AuditActions() {
    auto txn = db_.store().Begin(store::Access::kRead);
    auto rows = store::ReadAuditRecords(**txn, 0, 1000);
    std::vector<std::string> actions;
    for (const auto& r : *rows) actions.push_back(r.action + ":" + r.outcome);
    return actions;
  }

  store::TestStore db_;
  ManualClock clock_{FromUnixMicros(1'790'000'000'000'000)};
  SessionManager sessions_{db_.store(), clock_, SessionPolicy{}};
};

TEST_F(SessionTest, LoginGivesA256BitTokenStoredOnlyAsItsHash) {
  auto login = sessions_.Login("officer", kPassword, "127.0.0.1");
  ASSERT_TRUE(login.ok()) << login.status().message();
  EXPECT_EQ(login->token.size(), 64u);
  EXPECT_EQ(login->principal.role, Role::kOfficer);
  auto txn = db_.store().Begin(store::Access::kRead);
  auto rows = (*txn)->Query("SELECT token_hash FROM sessions");
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_NE((*rows)[0].Text(0), login->token);
  auto active = sessions_.Authenticate(login->token, "127.0.0.1");
  ASSERT_TRUE(active.ok());
  EXPECT_EQ(active->principal.username, "officer");
  EXPECT_EQ(active->csrf_token, login->csrf_token);
}

TEST_F(SessionTest, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  auto wrong = sessions_.Login("officer", "not the password", "127.0.0.1");
  auto unknown = sessions_.Login("nobody", kPassword, "127.0.0.1");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.status().code(), ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.status().message(), unknown.status().message());
  EXPECT_EQ(AuditActions(),
            (std::vector<std::string>{"user.create:ok", "session.login:failed", "session.login:failed"}));
}

TEST_F(SessionTest, TenFailuresLockTheAccountForFifteenMinutesEvenForTheRightPassword) {
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(sessions_.Login("officer", "wrong password " + std::to_string(i), "10.0.0.9")
                  .status().code(),
              ErrorCode::kUnauthenticated);
  }
  auto locked = sessions_.Login("officer", kPassword, "10.0.0.9");
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.status().code(), ErrorCode::kLocked);
  const auto actions = AuditActions();
  EXPECT_NE(std::find(actions.begin(), actions.end(), "account.lockout:locked"), actions.end());
  EXPECT_EQ(actions.back(), "session.login:locked");

  clock_.Advance(minutes(14));
  EXPECT_EQ(sessions_.Login("officer", kPassword, "10.0.0.9").status().code(), ErrorCode::kLocked);
  clock_.Advance(minutes(1) + std::chrono::seconds(1));
  EXPECT_TRUE(sessions_.Login("officer", kPassword, "10.0.0.9").ok());
}

TEST_F(SessionTest, SuccessResetsTheFailureCount) {
  for (int i = 0; i < 9; ++i) (void)sessions_.Login("officer", "wrong password!", "x");
  ASSERT_TRUE(sessions_.Login("officer", kPassword, "x").ok());
  for (int i = 0; i < 9; ++i) (void)sessions_.Login("officer", "wrong password!", "x");
  EXPECT_TRUE(sessions_.Login("officer", kPassword, "x").ok());
}

TEST_F(SessionTest, IdleSessionExpiresAfterThirtyMinutes) {
  auto login = sessions_.Login("officer", kPassword, "x");
  ASSERT_TRUE(login.ok());
  clock_.Advance(minutes(29));
  ASSERT_TRUE(sessions_.Authenticate(login->token, "x").ok());  // activity keeps it alive
  clock_.Advance(minutes(29));
  ASSERT_TRUE(sessions_.Authenticate(login->token, "x").ok());
  clock_.Advance(minutes(31));
  EXPECT_EQ(sessions_.Authenticate(login->token, "x").status().code(),
            ErrorCode::kUnauthenticated);
}

TEST_F(SessionTest, ActiveSessionEndsAfterTwelveHours) {
  auto login = sessions_.Login("officer", kPassword, "x");
  ASSERT_TRUE(login.ok());
  for (int i = 0; i < 47; ++i) {
    clock_.Advance(minutes(15));
    ASSERT_TRUE(sessions_.Authenticate(login->token, "x").ok()) << i;
  }
  clock_.Advance(minutes(16));  // 12 h 1 min after login
  EXPECT_FALSE(sessions_.Authenticate(login->token, "x").ok());
}

TEST_F(SessionTest, LogoutEndsTheSession) {
  auto login = sessions_.Login("officer", kPassword, "x");
  auto active = sessions_.Authenticate(login->token, "x");
  ASSERT_TRUE(active.ok());
  ASSERT_TRUE(sessions_.Logout(*active).ok());
  EXPECT_FALSE(sessions_.Authenticate(login->token, "x").ok());
  EXPECT_EQ(AuditActions().back(), "session.logout:ok");
}

TEST_F(SessionTest, AdministratorLockEndsSessionsAndUnlockRestores) {
  auto login = sessions_.Login("officer", kPassword, "x");
  ASSERT_TRUE(LockUser(db_.store(), clock_, kOperator, "officer").ok());
  EXPECT_FALSE(sessions_.Authenticate(login->token, "x").ok());
  EXPECT_EQ(sessions_.Login("officer", kPassword, "x").status().code(), ErrorCode::kLocked);
  ASSERT_TRUE(UnlockUser(db_.store(), clock_, kOperator, "officer").ok());
  EXPECT_TRUE(sessions_.Login("officer", kPassword, "x").ok());
  EXPECT_EQ(LockUser(db_.store(), clock_, kOperator, "ghost").code(), ErrorCode::kNotFound);
}

TEST_F(SessionTest, AnAdministratorCannotLockTheirOwnAccount) {
  ASSERT_TRUE(CreateUser(db_.store(), clock_, kOperator, "chief", Role::kAdmin, kPassword).ok());
  const Principal chief{2, "chief", Role::kAdmin, "x"};
  EXPECT_EQ(LockUser(db_.store(), clock_, chief, "chief").code(), ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(sessions_.Login("chief", kPassword, "x").ok());
  EXPECT_TRUE(LockUser(db_.store(), clock_, chief, "officer").ok());
}

TEST_F(SessionTest, DuplicateUsernameIsRefused) {
  auto again = CreateUser(db_.store(), clock_, kOperator, "officer", Role::kLawyer, kPassword);
  EXPECT_EQ(again.status().code(), ErrorCode::kAlreadyExists);
}

TEST_F(SessionTest, EveryAuthEventKeepsTheAuditChainIntact) {
  (void)sessions_.Login("officer", "wrong password!", "x");
  auto login = sessions_.Login("officer", kPassword, "x");
  (void)sessions_.Logout(*sessions_.Authenticate(login->token, "x"));
  auto report = audit::Verify(db_.store());
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->rows_checked, 4);
  EXPECT_FALSE(report->first_broken_seq);
}

}  // namespace
}  // namespace verbatim::auth
