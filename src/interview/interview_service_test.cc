#include "interview/interview_service.h"

#include <gtest/gtest.h>

#include <thread>

#include "cases/case_service.h"
#include "store/interview_table.h"
#include "store/test_store.h"

namespace verbatim::interview {
namespace {

const auth::Principal kOfficer{1, "officer", auth::Role::kOfficer, "127.0.0.1"};
const auth::Principal kLawyer{2, "lawyer", auth::Role::kLawyer, "127.0.0.1"};

class InterviewServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    cases::CaseService cases(db_.store(), clock_);
    auto c = cases.Create(kOfficer, {"Karimi", "Zahra", "زهرا کریمی", "1995-03-02", "AF", {"prs"}});
    ASSERT_TRUE(c.ok());
    case_id_ = c->id;
    auto id = service_.Create(kOfficer, {case_id_, "officer", "INT-0427", "prs", "Brussels, room 3",
                                         "2026-11-18T09:00:00Z"});
    ASSERT_TRUE(id.ok()) << id.status().message();
    id_ = *id;
  }
  AppendOutcome Add(Entry e) {
    auto out = service_.Append(kOfficer, id_, std::move(e));
    EXPECT_TRUE(out.ok()) << out.status().message();
    return out.ok() ? *out : AppendOutcome{};
  }
  Entry Make(EntryKind kind, std::string text = "", std::string client_id = "") {
    Entry e;
    e.kind = kind;
    e.text = std::move(text);
    e.client_id = std::move(client_id);
    return e;
  }
  void Open() {
    ASSERT_TRUE(Add(Make(EntryKind::kStart)).entry);
    for (const auto& item : OpeningItems()) {
      Entry e = Make(EntryKind::kChecklist);
      e.item = item;
      e.status = "done";
      ASSERT_TRUE(Add(e).entry);
    }
  }

  store::TestStore db_;
  ManualClock clock_{FromUnixMicros(1'795'000'000'000'000)};
  InterviewService service_{db_.store(), clock_};
  std::string case_id_, id_;
};

TEST_F(InterviewServiceTest, AppendsInOrderAndKeepsTextExactly) {
  Open();
  const std::string answer = "در بهار ۱۳۹۸ از هرات رفتم.";
  auto q = Add(Make(EntryKind::kQuestion, "When did you leave Herat?"));
  clock_.Advance(std::chrono::seconds(30));
  auto a = Add(Make(EntryKind::kAnswer, answer));
  ASSERT_TRUE(q.entry && a.entry);
  EXPECT_EQ(q.entry->seq, 12);
  EXPECT_EQ(a.entry->seq, 13);
  EXPECT_EQ(a.entry->prev_hash, q.entry->hash);
  auto record = service_.Record(kOfficer, id_);
  ASSERT_TRUE(record.ok());
  ASSERT_EQ(record->entries.size(), 13u);
  EXPECT_EQ(record->entries.back().text, answer);
  EXPECT_EQ(record->entries.back().by, "applicant");
  EXPECT_EQ(record->info.case_number, "VB-2026-000001");
  EXPECT_EQ(record->info.interpreter_code, "INT-0427");
}

TEST_F(InterviewServiceTest, RepeatedClientIdReturnsTheFirstAnswerAndStoresNothingTwice) {
  Open();
  auto first = Add(Make(EntryKind::kQuestion, "Who threatened you?", "tab1-0001"));
  auto again = Add(Make(EntryKind::kQuestion, "Who threatened you?", "tab1-0001"));
  ASSERT_TRUE(first.entry && again.entry);
  EXPECT_FALSE(first.replayed);
  EXPECT_TRUE(again.replayed);
  EXPECT_EQ(again.entry->seq, first.entry->seq);
  EXPECT_EQ(again.entry->hash, first.entry->hash);
  EXPECT_EQ(service_.Record(kOfficer, id_)->entries.size(), 12u);
}

TEST_F(InterviewServiceTest, RefusalStoresNothingAndListsTheOpenItems) {
  ASSERT_TRUE(Add(Make(EntryKind::kStart)).entry);
  auto refused = Add(Make(EntryKind::kQuestion, "Why did you leave?"));
  EXPECT_FALSE(refused.entry);
  EXPECT_EQ(refused.decision.refusals.at(0).rule, "CH-3");
  EXPECT_EQ(refused.decision.open_items.size(), 10u);
  EXPECT_EQ(service_.Record(kOfficer, id_)->entries.size(), 1u);
}

TEST_F(InterviewServiceTest, ToBeContinuedCreatesATaskForTheDispatchingUnit) {
  Open();
  Entry end = Make(EntryKind::kEnd);
  end.outcome = "to_be_continued";
  ASSERT_TRUE(Add(end).entry);
  auto txn = db_.store().Begin(store::Access::kRead);
  auto tasks = store::ListOpenTasks(**txn, "dispatching_unit");
  ASSERT_TRUE(tasks.ok());
  ASSERT_EQ(tasks->size(), 1u);
  EXPECT_EQ((*tasks)[0].rule, "CH-11.3");
  EXPECT_EQ((*tasks)[0].interview_id, id_);
  EXPECT_EQ((*tasks)[0].due_on, "2026-11-18");  // at once
  // CH-3.10: ended on Wednesday 18 November, a copy can be requested until Friday the 20th.
  auto mine = store::ListOpenTasksFor(**txn, "officer", {});
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].rule, "CH-3.10");
  EXPECT_EQ((*mine)[0].due_on, "2026-11-20");
}

TEST_F(InterviewServiceTest, NotesCopyReceivedOpensEightWorkingDaysForComments) {
  ASSERT_TRUE(service_.RecordNotesCopyReceived(kOfficer, id_, "2026-11-20").ok());
  auto txn = db_.store().Begin(store::Access::kRead);
  auto mine = store::ListOpenTasksFor(**txn, "officer", {});
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].due_on, "2026-12-02");  // Friday + 8 working days
  EXPECT_EQ(service_.RecordNotesCopyReceived(kOfficer, id_, "20/11/2026").code(),
            ErrorCode::kInvalidArgument);
}

TEST_F(InterviewServiceTest, OverviewShowsTimersAndOpenItems) {
  ASSERT_TRUE(Add(Make(EntryKind::kStart)).entry);
  clock_.Advance(std::chrono::minutes(20));
  auto o = service_.Overview(kOfficer, id_);
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o->timers.elapsed, std::chrono::minutes(20));
  EXPECT_EQ(o->timers.until_break_due, std::chrono::minutes(70));
  EXPECT_EQ(o->open_opening_items.size(), 10u);
  EXPECT_EQ(o->open_closing_items.size(), 4u);
}

TEST_F(InterviewServiceTest, VerifyFindsAnEditedEntry) {
  Open();
  Add(Make(EntryKind::kAnswer, "They came at night."));
  auto ok = service_.Verify(id_);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->entries_checked, 12);
  EXPECT_FALSE(ok->first_broken_seq);
  auto txn = db_.store().Begin(store::Access::kWrite);
  ASSERT_TRUE((*txn)->ExecuteScript(
      "UPDATE interview_entries SET text = 'They came in the day.' WHERE seq = 12").ok());
  ASSERT_TRUE((*txn)->Commit().ok());
  auto broken = service_.Verify(id_);
  ASSERT_TRUE(broken.ok());
  ASSERT_TRUE(broken->first_broken_seq);
  EXPECT_EQ(*broken->first_broken_seq, 12);
}

TEST_F(InterviewServiceTest, ConcurrentAppendsGetConsecutiveSeqsAndAnUnbrokenChain) {
  Open();
  std::vector<std::thread> threads;
  std::atomic<int> failures = 0;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        auto out = service_.Append(kOfficer, id_,
                                   Make(EntryKind::kObservation, "note " + std::to_string(t * 10 + i)));
        if (!out.ok() || !out->entry) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  auto report = service_.Verify(id_);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->entries_checked, 51);
  EXPECT_FALSE(report->first_broken_seq) << report->problem;
}

TEST_F(InterviewServiceTest, LawyerMayNotReadOrWrite) {
  EXPECT_EQ(service_.Record(kLawyer, id_).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(service_.Append(kLawyer, id_, Make(EntryKind::kStart)).status().code(),
            ErrorCode::kPermissionDenied);
}

TEST_F(InterviewServiceTest, PlanNeedsItsFieldsAndAnExistingCase) {
  auto missing = service_.Create(kOfficer, {case_id_, "officer", "", "prs", "Brussels", "2026-11-18T09:00:00Z"});
  EXPECT_EQ(missing.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(missing.status().message().find("interpreter_code"), std::string::npos);
  auto no_case = service_.Create(kOfficer, {"nope", "officer", "INT-1", "prs", "Brussels", "2026-11-18T09:00:00Z"});
  EXPECT_EQ(no_case.status().code(), ErrorCode::kNotFound);
  auto bad_time = service_.Create(kOfficer, {case_id_, "officer", "INT-1", "prs", "Brussels", "tomorrow"});
  EXPECT_EQ(bad_time.status().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace verbatim::interview
