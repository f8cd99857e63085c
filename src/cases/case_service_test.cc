#include "cases/case_service.h"

#include <gtest/gtest.h>

#include "store/audit_table.h"
#include "store/test_store.h"

namespace verbatim::cases {
namespace {

const auth::Principal kOfficer{1, "officer", auth::Role::kOfficer, "127.0.0.1"};
const auth::Principal kLawyer{2, "lawyer", auth::Role::kLawyer, "127.0.0.1"};

class CaseServiceTest : public ::testing::Test {
 protected:
  CreatedCase MustCreate(Applicant a) {
    auto created = service_.Create(kOfficer, a);
    EXPECT_TRUE(created.ok()) << created.status().message();
    return created.ok() ? *created : CreatedCase{};
  }
  std::string LastAudit() {
    auto txn = db_.store().Begin(store::Access::kRead);
    auto rows = store::ReadAuditRecords(**txn, 0, 1000);
    const auto& r = rows->back();
    return r.actor + " " + r.action + " " + r.object + " " + r.outcome;
  }

  store::TestStore db_;
  ManualClock clock_{FromUnixMicros(1'795'000'000'000'000)};  // 2026-11-18
  CaseService service_{db_.store(), clock_};
};

TEST_F(CaseServiceTest, CreatesNumberedCasesAndRoundTripsNamesExactly) {
  auto first = MustCreate({"Ahmad", "Mohammed", "محمد أحمد", "1990-05-17", "SY", {"ar"}});
  auto second = MustCreate({"Tesfaye", "Selam", "ሰላም ተስፋዬ", "1998", "ER", {"ti"}});
  EXPECT_EQ(first.case_number, "VB-2026-000001");
  EXPECT_EQ(second.case_number, "VB-2026-000002");
  auto got = service_.Get(kOfficer, second.id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->summary.applicant.names_original_script, "ሰላም ተስፋዬ");
  EXPECT_EQ(got->summary.applicant.date_of_birth, "1998");
  EXPECT_EQ(got->summary.applicant.languages, std::vector<std::string>{"ti"});
  EXPECT_EQ(LastAudit(), "officer case.read case:" + second.id + " ok");
}

TEST_F(CaseServiceTest, SearchFindsNamesInAnyScriptAndCaseNumbers) {
  auto syrian = MustCreate({"Ahmad", "Mohammed", "محمد أحمد", "1990-05-17", "SY", {"ar"}});
  MustCreate({"Karimi", "Zahra", "زهرا کریمی", "1995-03-02", "AF", {"prs"}});
  MustCreate({"Öztürk", "Ayşe", "", "1988", "TR", {"tr"}});
  auto by = [&](const std::string& q) {
    auto found = service_.Search(kOfficer, q, 50);
    EXPECT_TRUE(found.ok());
    std::vector<std::string> names;
    for (const auto& c : *found) names.push_back(c.applicant.family_name);
    return names;
  };
  EXPECT_EQ(by("محمد"), std::vector<std::string>{"Ahmad"});
  EXPECT_EQ(by("AHMAD"), std::vector<std::string>{"Ahmad"});
  EXPECT_EQ(by("öztürk"), std::vector<std::string>{"Öztürk"});
  EXPECT_EQ(by(syrian.case_number), std::vector<std::string>{"Ahmad"});
  EXPECT_EQ(by("").size(), 3u);
  EXPECT_TRUE(by("%").empty());  // a wildcard character is searched literally
  // The search text itself never reaches the audit log.
  EXPECT_EQ(LastAudit(), "officer case.search cases:0-results ok");
}

TEST_F(CaseServiceTest, InvalidApplicantIsRefusedAndNothingIsStored) {
  auto bad = service_.Create(kOfficer, {"", "", "", "1990-02-30", "XX", {}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(service_.Search(kOfficer, "", 10)->empty());
}

TEST_F(CaseServiceTest, LawyerIsDeniedAndTheAttemptIsAudited) {
  auto c = MustCreate({"Ahmad", "Mohammed", "", "1990", "SY", {}});
  auto got = service_.Get(kLawyer, c.id);
  EXPECT_EQ(got.status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(LastAudit(), "lawyer case.read case:" + c.id + " denied");
  EXPECT_EQ(service_.Search(kLawyer, "", 10).status().code(), ErrorCode::kPermissionDenied);
}

TEST_F(CaseServiceTest, FamilyLinksShowFromBothSides) {
  auto parent = MustCreate({"Ahmad", "Mohammed", "", "1970", "SY", {}});
  auto child = MustCreate({"Ahmad", "Omar", "", "2005", "SY", {}});
  ASSERT_TRUE(service_.Link(kOfficer, parent.id, child.id, "child").ok());
  auto p = service_.Get(kOfficer, parent.id);
  auto c = service_.Get(kOfficer, child.id);
  ASSERT_EQ(p->links.size(), 1u);
  EXPECT_EQ(p->links[0].case_number, child.case_number);
  EXPECT_EQ(p->links[0].relation, "child");
  ASSERT_EQ(c->links.size(), 1u);
  EXPECT_EQ(c->links[0].relation, "parent");
  EXPECT_EQ(service_.Link(kOfficer, parent.id, child.id, "child").code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(service_.Link(kOfficer, parent.id, "nope", "child").code(), ErrorCode::kNotFound);
  EXPECT_EQ(service_.Link(kOfficer, parent.id, child.id, "cousin").code(),
            ErrorCode::kInvalidArgument);
}

TEST_F(CaseServiceTest, UnknownCaseIsNotFound) {
  EXPECT_EQ(service_.Get(kOfficer, "0123").status().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace verbatim::cases
