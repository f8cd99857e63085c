#pragma once

#include <gtest/gtest.h>

#include "auth/user_admin.h"
#include "base/crypto.h"
#include "referral/example_guides.h"
#include "referral/referral_service.h"
#include "store/audit_table.h"
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

  /// A row of screening-core's table `screenings` (migration 0007), as a fixture: the screening
  /// service is not this module's, and a referral only needs the person and who screened them.
  std::string InsertScreening(const std::string& name, const std::string& by) {
    const std::string id = RandomHex(16);
    auto txn = db_.store().Begin(store::Access::kWrite);
    EXPECT_TRUE(txn.ok());
    EXPECT_TRUE((*txn)
                    ->Execute("INSERT INTO screenings (id, form_id, country, location, person_name, "
                              "person_sex, person_age, person_nationality, person_language, "
                              "answers_json, result_json, non_refoulement, search_key, created_at, "
                              "created_by) VALUES ($1, 'unhcr-annex1', 'KZ', 'Crossing 7', $2, "
                              "'female', 34, 'AF', 'prs', '{}', '{}', 1, '', $3, $4)",
                              {id, name, ToUnixMicros(clock_.Now()), by})
                    .ok());
    EXPECT_TRUE((*txn)->Commit().ok());
    return id;
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
