#pragma once

#include <gtest/gtest.h>

#include "auth/user_admin.h"
#include "referral/example_guides.h"
#include "referral/referral_service.h"
#include "store/audit_table.h"
#include "store/screening_fixture.h"
#include "store/test_store.h"

namespace verbatim::referral::testing {

inline const auth::Principal kAdmin{0, "admin", auth::Role::kAdmin, "127.0.0.1"};
inline const auth::Principal kBorder{0, "border", auth::Role::kBorderOfficer, "127.0.0.1"};
inline const auth::Principal kBorder2{0, "border2", auth::Role::kBorderOfficer, "127.0.0.1"};
inline const auth::Principal kSupervisor{0, "supervisor", auth::Role::kSupervisor, "127.0.0.1"};
inline const auth::Principal kAgency{0, "agency", auth::Role::kReferralAgency, "127.0.0.1"};
inline const auth::Principal kOtherAgency{0, "agency2", auth::Role::kReferralAgency, "127.0.0.1"};

/// A store with the example guides, the users above, `agency` acting for KZ's anti-trafficking
/// centre and `agency2` for KZ's child protection, and one screening made by `border`.
class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadExampleGuides(db_.store(), clock_).ok());
    for (const auth::Principal* p : {&kAdmin, &kBorder, &kBorder2, &kSupervisor, &kAgency, &kOtherAgency}) {
      ASSERT_TRUE(auth::CreateUser(db_.store(), clock_, kAdmin, p->username, p->role,
                                   p->username + "-test-password")
                      .ok());
    }
    ReferralService referrals(db_.store(), clock_);
    ASSERT_TRUE(referrals.AssignAgency(kAdmin, "agency", "kz-example-anti-trafficking").ok());
    ASSERT_TRUE(referrals.AssignAgency(kAdmin, "agency2", "kz-example-child-protection").ok());
    screening_id_ = InsertScreening("Зарина Каримова", "border");
  }

  std::string InsertScreening(const std::string& name, const std::string& by) {
    return store::AddScreeningFixture(db_.store(), ToUnixMicros(clock_.Now()), name, by);
  }

  /// "actor action object outcome" of the newest audit row.
  std::string LastAudit() {
    auto txn = db_.store().Begin(store::Access::kRead);
    auto rows = store::ReadAuditRecords(**txn, 0, 100000);
    const auto& r = rows->back();
    return r.actor + " " + r.action + " " + r.object + " " + r.outcome;
  }

  store::TestStore db_;
  // Friday 2026-11-20, 10:00 UTC.
  ManualClock clock_{TimePoint(std::chrono::sys_days(std::chrono::year{2026} / 11 / 20) + std::chrono::hours(10))};
  std::string screening_id_;
};

}  // namespace verbatim::referral::testing
