// One test (at least) per rule of the charter the policy enforces, named by its ID.
#include "interview/charter_policy.h"

#include <gtest/gtest.h>

namespace verbatim::interview {
namespace {

using std::chrono::minutes;

// Drives the policy as the server does: evaluate, and record when allowed.
class Interview {
 public:
  Interview() : policy_(*LoadProfile("BE")) {}

  Decision Try(Entry e) {
    e.at = now_;
    const Decision d = policy_.Evaluate(state_, e);
    if (d.allowed()) {
      e.seq = state_.last_seq + 1;
      policy_.Apply(state_, e);
    }
    return d;
  }
  Decision Try(EntryKind kind, std::string text = "x") {
    Entry e;
    e.kind = kind;
    e.text = std::move(text);
    return Try(e);
  }
  Decision Check(const std::string& item, const std::string& status = "done", std::string reason = "") {
    Entry e;
    e.kind = EntryKind::kChecklist;
    e.item = item;
    e.status = status;
    e.text = std::move(reason);
    return Try(e);
  }
  Decision End(const std::string& outcome) {
    Entry e;
    e.kind = EntryKind::kEnd;
    e.outcome = outcome;
    return Try(e);
  }
  void Open() {
    ASSERT_TRUE(Try(EntryKind::kStart, "").allowed());
    for (const auto& item : OpeningItems()) ASSERT_TRUE(Check(item).allowed());
  }
  void Wait(minutes m) { now_ += m; }

  CharterPolicy policy_;
  InterviewState state_;
  TimePoint now_ = FromUnixMicros(1'795'000'000'000'000);
};

std::string RuleOf(const Decision& d) { return d.refusals.empty() ? "" : d.refusals[0].rule; }

TEST(Charter, CH_12_4_NothingBeforeStartAndNothingAfterEnd) {
  Interview i;
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kObservation)), "CH-12.4");
  i.Open();
  for (const auto& item : ClosingItems()) ASSERT_TRUE(i.Check(item).allowed());
  ASSERT_TRUE(i.End("completed").allowed());
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kObservation)), "CH-12.4");
}

TEST(Charter, CH_3_QuestionRefusedUntilEveryOpeningItemIsResolved) {
  Interview i;
  ASSERT_TRUE(i.Try(EntryKind::kStart, "").allowed());
  ASSERT_TRUE(i.Try(EntryKind::kObservation, "The applicant seems tired.").allowed());
  for (const auto& item : OpeningItems()) {
    if (item != "CH-3.4" && item != "CH-3.9") ASSERT_TRUE(i.Check(item).allowed());
  }
  Decision refused = i.Try(EntryKind::kQuestion, "When did you leave?");
  EXPECT_EQ(RuleOf(refused), "CH-3");
  EXPECT_EQ(refused.open_items, (std::vector<std::string>{"CH-3.4", "CH-3.9"}));
  ASSERT_TRUE(i.Check("CH-3.4").allowed());
  // Not applicable needs a reason.
  EXPECT_EQ(RuleOf(i.Check("CH-3.9", "not_applicable")), "CH-3");
  ASSERT_TRUE(i.Check("CH-3.9", "not_applicable", "No lawyer or trusted person present.").allowed());
  EXPECT_TRUE(i.Try(EntryKind::kQuestion, "When did you leave?").allowed());
}

TEST(Charter, CH_7_1_DeclarationsNeedTheirTextAndCorrectionsPointBack) {
  Interview i;
  i.Open();
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kAnswer, "   ")), "CH-7.1");
  ASSERT_TRUE(i.Try(EntryKind::kQuestion, "Where were you born?").allowed());
  Entry correction;
  correction.kind = EntryKind::kCorrection;
  correction.text = "Herat, not Kabul.";
  correction.ref = 99;
  EXPECT_EQ(RuleOf(i.Try(correction)), "CH-7.1");
  correction.ref = 12;
  EXPECT_TRUE(i.Try(correction).allowed());
}

TEST(Charter, CH_4_ChildNeedsAgeUnderTwelveMonthsOrAuthorisation) {
  Interview i;
  ASSERT_TRUE(i.Try(EntryKind::kStart, "").allowed());
  Entry child;
  child.kind = EntryKind::kPresence;
  child.participant = "child";
  child.state = "joined";
  child.age_months = 30;
  EXPECT_EQ(RuleOf(i.Try(child)), "CH-4");
  child.age_months = 8;
  EXPECT_TRUE(i.Try(child).allowed());
  child.age_months = 30;
  child.authorization = "No childcare available; the child sleeps in the corner.";
  EXPECT_TRUE(i.Try(child).allowed());
  child.authorization.clear();
  child.state = "left";
  EXPECT_TRUE(i.Try(child).allowed());
}

TEST(Charter, CH_1_1_PresenceChangesAreRecordedAnyTimeAfterStart) {
  Interview i;
  ASSERT_TRUE(i.Try(EntryKind::kStart, "").allowed());
  Entry lawyer;
  lawyer.kind = EntryKind::kPresence;
  lawyer.participant = "lawyer";
  lawyer.state = "left";
  EXPECT_TRUE(i.Try(lawyer).allowed());  // before the opening is complete: allowed
  lawyer.state = "returned";
  EXPECT_TRUE(i.Try(lawyer).allowed());
}

TEST(Charter, CH_11_1_WarnsAt80MinutesAndFlagsAnOverdueBreakAt90) {
  Interview i;
  i.Open();
  i.Wait(minutes(79));
  EXPECT_TRUE(i.Try(EntryKind::kQuestion, "q").notes.empty());
  i.Wait(minutes(2));
  Decision due = i.Try(EntryKind::kQuestion, "q");
  ASSERT_TRUE(due.allowed());
  ASSERT_EQ(due.notes.size(), 1u);
  EXPECT_EQ(due.notes[0].rule, "CH-11.1");
  EXPECT_EQ(due.notes[0].severity, Severity::kWarning);
  i.Wait(minutes(10));
  Decision overdue = i.Try(EntryKind::kQuestion, "q");
  ASSERT_TRUE(overdue.allowed());  // hints, never blocks
  EXPECT_EQ(overdue.notes[0].severity, Severity::kViolation);
}

TEST(Charter, CH_11_1_AShortBreakDoesNotResetTheCountAFullOneDoes) {
  Interview i;
  i.Open();
  i.Wait(minutes(60));
  ASSERT_TRUE(i.Try(EntryKind::kBreakStart, "").allowed());
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kQuestion, "q")), "CH-11.1");  // no questions on a break
  i.Wait(minutes(5));
  ASSERT_TRUE(i.Try(EntryKind::kBreakEnd, "").allowed());
  i.Wait(minutes(26));  // 91 minutes since the start, the 5-minute break did not count
  EXPECT_FALSE(i.Try(EntryKind::kQuestion, "q").notes.empty());
  ASSERT_TRUE(i.Try(EntryKind::kBreakStart, "").allowed());
  i.Wait(minutes(15));
  ASSERT_TRUE(i.Try(EntryKind::kBreakEnd, "").allowed());
  i.Wait(minutes(79));
  EXPECT_TRUE(i.Try(EntryKind::kQuestion, "q").notes.empty());
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kBreakEnd, "")), "CH-11.1");  // none running
}

TEST(Charter, CH_11_2_QuestionsStopAfterFourHoursUnlessExtendedOnceWithConsent) {
  Interview i;
  i.Open();
  for (int block = 0; block < 2; ++block) {  // two full breaks keep CH-11.1 quiet
    i.Wait(minutes(85));
    ASSERT_TRUE(i.Try(EntryKind::kBreakStart, "").allowed());
    i.Wait(minutes(15));
    ASSERT_TRUE(i.Try(EntryKind::kBreakEnd, "").allowed());
  }
  i.Wait(minutes(35));  // 235 minutes
  Decision close = i.Try(EntryKind::kQuestion, "q");
  ASSERT_TRUE(close.allowed());
  EXPECT_EQ(close.notes.back().rule, "CH-11.2");
  i.Wait(minutes(6));  // 241
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kQuestion, "q")), "CH-11.2");
  EXPECT_TRUE(i.Try(EntryKind::kAnswer, "the answer to the last question").allowed());

  Entry extension;
  extension.kind = EntryKind::kExtension;
  extension.reason = "The route through Iran must still be clarified.";
  extension.consent = false;
  EXPECT_EQ(RuleOf(i.Try(extension)), "CH-11.2");
  extension.consent = true;
  extension.reason.clear();
  EXPECT_EQ(RuleOf(i.Try(extension)), "CH-11.2");
  extension.reason = "The route through Iran must still be clarified.";
  ASSERT_TRUE(i.Try(extension).allowed());
  EXPECT_TRUE(i.Try(EntryKind::kQuestion, "q").allowed());
  EXPECT_EQ(RuleOf(i.Try(extension)), "CH-11.2");  // only one
  i.Wait(minutes(30));  // 271 > 270
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kQuestion, "q")), "CH-11.2");
}

TEST(Charter, CH_11_3_ToBeContinuedNotifiesTheDispatchingUnit) {
  Interview i;
  i.Open();
  Decision d = i.End("to_be_continued");
  ASSERT_TRUE(d.allowed());
  ASSERT_EQ(d.notifications.size(), 2u);
  EXPECT_EQ(d.notifications[0].recipient, "dispatching_unit");
  EXPECT_EQ(d.notifications[0].rule, "CH-11.3");
  EXPECT_EQ(d.notifications[0].due_working_days, 0);
  // CH-3.10: every end opens the two working days to request a copy of the notes.
  EXPECT_EQ(d.notifications[1].recipient, "officer");
  EXPECT_EQ(d.notifications[1].rule, "CH-3.10");
  EXPECT_EQ(d.notifications[1].due_working_days, 2);
}

TEST(Charter, CH_5_1_ConflictOfInterestEndsTheInterviewAtOnce) {
  Interview i;
  i.Open();
  Entry incident;
  incident.kind = EntryKind::kIncident;
  incident.incident = "conflict_of_interest";
  Decision d = i.Try(incident);
  ASSERT_TRUE(d.allowed());
  EXPECT_EQ(d.notifications.at(0).recipient, "supervisor");
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kQuestion, "q")), "CH-5.1");
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kAnswer, "a")), "CH-5.1");
  EXPECT_EQ(RuleOf(i.End("completed")), "CH-5.1");
  EXPECT_TRUE(i.End("ended_conflict_of_interest").allowed());
}

TEST(Charter, CH_5_2_DisruptionNeedsAWarningFirstAndNotifiesTwo) {
  Interview i;
  i.Open();
  Entry incident;
  incident.kind = EntryKind::kIncident;
  incident.incident = "disruption";
  EXPECT_EQ(RuleOf(i.Try(incident)), "CH-5.2");
  EXPECT_EQ(RuleOf(i.End("ended_disruption")), "CH-5.2");
  ASSERT_TRUE(i.Try(EntryKind::kWarning, "The applicant was asked to stop shouting.").allowed());
  Decision d = i.Try(incident);
  ASSERT_TRUE(d.allowed());
  ASSERT_EQ(d.notifications.size(), 2u);
  EXPECT_EQ(d.notifications[1].recipient, "lawyers_helpdesk");
  EXPECT_EQ(RuleOf(i.Try(EntryKind::kQuestion, "q")), "CH-5.2");
  EXPECT_TRUE(i.End("ended_disruption").allowed());
}

TEST(Charter, CH_12_CompletedEndNeedsTheClosingItems) {
  Interview i;
  i.Open();
  Decision refused = i.End("completed");
  EXPECT_EQ(RuleOf(refused), "CH-12");
  EXPECT_EQ(refused.open_items, ClosingItems());
  ASSERT_TRUE(i.Check("CH-6", "not_applicable", "No lawyer, trusted person or guardian.").allowed());
  for (const char* item : {"CH-12.1", "CH-12.2", "CH-12.3"}) ASSERT_TRUE(i.Check(item).allowed());
  EXPECT_TRUE(i.End("completed").allowed());
}

TEST(Charter, CH_12_4_TimersReportElapsedBreakAndTimeLeft) {
  Interview i;
  i.Open();
  i.Wait(minutes(50));
  const Timers t = i.policy_.TimersAt(i.state_, i.now_);
  EXPECT_EQ(t.elapsed, minutes(50));
  EXPECT_EQ(t.time_left, minutes(190));
  EXPECT_EQ(t.until_break_due, minutes(40));
}

TEST(InterviewState, RoundTripsThroughJson) {
  Interview i;
  i.Open();
  i.Wait(minutes(3));
  ASSERT_TRUE(i.Try(EntryKind::kBreakStart, "").allowed());
  auto back = InterviewState::FromJson(i.state_.ToJson());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->ToJson(), i.state_.ToJson());
}

}  // namespace
}  // namespace verbatim::interview
