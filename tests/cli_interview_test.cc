// `verbatim interview check|verify|export` and `verbatim report interview`, on the backend under
// test, through the real binary.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "base/json.h"
#include "auth/user_admin.h"
#include "cases/case_service.h"
#include "interview/charter_policy.h"
#include "interview/interview_service.h"
#include "store/test_store.h"

namespace verbatim::testing {
namespace {



class InterviewCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auth::Principal root{0, "test", auth::Role::kAdmin, "test"};
    ASSERT_TRUE(auth::CreateUser(db_.store(), clock_, root, "officer", auth::Role::kOfficer,
                                 "officer-test-password").ok());
    cases::CaseService cases(db_.store(), clock_);
    auto c = cases.Create(kOfficer, {"Haddad", "Rania", "رانيا حداد", "1991", "SY", {"ar"}});
    ASSERT_TRUE(c.ok());
    auto id = service_.Create(kOfficer, {c->id, "officer", "INT-7", "ar", "Brussels", "2026-11-18T09:00:00Z"});
    ASSERT_TRUE(id.ok());
    id_ = *id;
    Add(interview::EntryKind::kStart, "");
    for (const auto& item : interview::OpeningItems()) {
      interview::Entry e;
      e.kind = interview::EntryKind::kChecklist;
      e.item = item;
      e.status = "done";
      ASSERT_TRUE(service_.Append(kOfficer, id_, e)->entry);
    }
    Add(interview::EntryKind::kQuestion, "Who came to your house?");
    Add(interview::EntryKind::kAnswer, "Two men from the militia.");
  }
  void Add(interview::EntryKind kind, const std::string& text) {
    interview::Entry e;
    e.kind = kind;
    e.text = text;
    clock_.Advance(std::chrono::minutes(1));
    auto out = service_.Append(kOfficer, id_, e);
    ASSERT_TRUE(out.ok() && out->entry) << text;
  }
  std::string Db() const { return " --db '" + db_.url() + "'"; }

  const auth::Principal kOfficer{1, "officer", auth::Role::kOfficer, "test"};
  store::TestStore db_;
  ManualClock clock_{FromUnixMicros(1'795'000'000'000'000)};
  interview::InterviewService service_{db_.store(), clock_};
  std::string id_;
};

TEST_F(InterviewCliTest, ExportThenCheckFindsOnlyTheMissingEnd) {
  auto exported = RunVerbatim("interview export " + id_ + " --as officer" + Db());
  ASSERT_EQ(exported.exit_code, 0) << exported.output;
  const std::string path = WriteTempFile("exported.jsonl", exported.output);
  auto check = RunVerbatim("interview check " + path + " --profile BE");
  ASSERT_EQ(check.exit_code, 0) << check.output;
  const Json findings = Json::parse(check.output)["findings"];
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0]["rule"], "CH-12.4");
  EXPECT_EQ(findings[0]["severity"], "warning");
}

TEST_F(InterviewCliTest, CheckReportsMalformedInputWithExitCode2AndTheLine) {
  const std::string path = WriteTempFile("broken.jsonl", "{\"kind\":\"start\",\"seq\":1,\"at\":\"2026-11-18T09:00:00Z\"}\nnot json\n");
  auto check = RunVerbatim("interview check " + path);
  EXPECT_EQ(check.exit_code, 2);
  EXPECT_NE(check.output.find(path + ":2:"), std::string::npos) << check.output;
  auto profile = RunVerbatim("interview check " + path + " --profile XX");
  EXPECT_EQ(profile.exit_code, 1);
  EXPECT_NE(profile.output.find("no jurisdiction profile 'XX'"), std::string::npos);
}

TEST_F(InterviewCliTest, VerifyPassesThenCatchesAnEditedEntry) {
  auto intact = RunVerbatim("interview verify " + id_ + Db());
  EXPECT_EQ(intact.exit_code, 0) << intact.output;
  EXPECT_NE(intact.output.find("intact: 13 entries"), std::string::npos);
  auto txn = db_.store().Begin(store::Access::kWrite);
  ASSERT_TRUE((*txn)->ExecuteScript(
      "UPDATE interview_entries SET body = replace(body, 'Two men', 'Three men'), "
      "text = replace(text, 'Two men', 'Three men') WHERE seq = 13").ok());
  ASSERT_TRUE((*txn)->Commit().ok());
  auto broken = RunVerbatim("interview verify " + id_ + Db());
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_NE(broken.output.find("BROKEN at entry 13"), std::string::npos) << broken.output;
}

TEST_F(InterviewCliTest, ReportWritesAPdf) {
  const std::string out = ::testing::TempDir() + "/notes-" + std::to_string(getpid()) + ".pdf";
  auto run = RunVerbatim("report interview " + id_ + " --out " + out + " --as officer" + Db());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  std::ifstream pdf(out, std::ios::binary);
  std::string head(5, '\0');
  pdf.read(head.data(), 5);
  EXPECT_EQ(head, "%PDF-");
  std::remove(out.c_str());
  EXPECT_EQ(RunVerbatim("report interview nope --out " + out + " --as officer" + Db()).exit_code, 1);
  auto nobody = RunVerbatim("report interview " + id_ + " --out " + out + " --as ghost" + Db());
  EXPECT_EQ(nobody.exit_code, 1);
  EXPECT_NE(nobody.output.find("no active user"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::testing
