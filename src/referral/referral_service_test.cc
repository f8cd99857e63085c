// Referrals over the store, on both backends: lifecycle, who sees what, audit, and the
// overdue acknowledgement that becomes a task for the sender (UN-6), tested with the test clock.
#include "referral/referral_service.h"

#include "referral/service_test_fixture.h"
#include "tasks/task_list.h"

namespace verbatim::referral {
namespace {

using testing::kAdmin;
using testing::kAgency;
using testing::kBorder;
using testing::kBorder2;
using testing::kOtherAgency;
using testing::kSupervisor;

class ReferralServiceTest : public testing::ServiceTest {
 protected:
  NewReferral ToTrafficking() {
    return {screening_id_, "anti_trafficking", "kz-example-anti-trafficking", "high",
            "Answers marked + (UN-10)", Consent{true, ""}};
  }
  Referral MustSend(const auth::Principal& who, const NewReferral& n) {
    auto r = service_.Send(who, n);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : Referral{};
  }
  std::string StatusAfter(const auth::Principal& who, const std::string& id, ReferralAction a) {
    auto r = service_.Act(who, id, a, "");
    return r.ok() ? r->status : r.status().message();
  }

  ReferralService service_{db_.store(), clock_};
};

TEST_F(ReferralServiceTest, TheAgencyTakesTheReferralThroughItsLifecycle) {
  const Referral sent = MustSend(kBorder, ToTrafficking());
  EXPECT_EQ(sent.status, "sent");
  EXPECT_EQ(sent.person.name, "Зарина Каримова");
  EXPECT_EQ(sent.person.approximate_age, 34);
  EXPECT_EQ(sent.agency_name, "Anti-Trafficking Coordination Centre (example)");
  EXPECT_EQ(sent.country, "KZ");
  EXPECT_TRUE(sent.consent.given);

  auto ack = service_.Act(kAgency, sent.id, ReferralAction::kAcknowledge, "Seen");
  ASSERT_TRUE(ack.ok()) << ack.status().message();
  EXPECT_EQ(ack->status, "acknowledged");
  clock_.Advance(std::chrono::minutes(30));
  EXPECT_EQ(StatusAfter(kAgency, sent.id, ReferralAction::kAccept), "accepted");
  EXPECT_EQ(StatusAfter(kAgency, sent.id, ReferralAction::kClose), "closed");

  auto done = service_.Get(kBorder, sent.id);
  ASSERT_TRUE(done.ok());
  ASSERT_EQ(done->events.size(), 4u);
  const std::string expected[][2] = {{"send", "border"}, {"acknowledge", "agency"},
                                     {"accept", "agency"}, {"close", "agency"}};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(done->events[i].action, expected[i][0]);
    EXPECT_EQ(done->events[i].by, expected[i][1]);
  }
  EXPECT_EQ(done->events[1].note, "Seen");
  EXPECT_EQ(done->events[2].at - done->events[1].at, std::chrono::minutes(30));
}

TEST_F(ReferralServiceTest, AWrongStepIsRefusedNamingTheCurrentStatus) {
  const Referral sent = MustSend(kBorder, ToTrafficking());
  auto accepted = service_.Act(kAgency, sent.id, ReferralAction::kAccept, "");
  ASSERT_EQ(accepted.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(accepted.status().message().find("The referral is sent"), std::string::npos);
  EXPECT_EQ(service_.Get(kAgency, sent.id)->status, "sent");  // nothing changed
}

TEST_F(ReferralServiceTest, OtherAgenciesGetNotFoundAndTheAttemptIsAudited) {
  const Referral sent = MustSend(kBorder, ToTrafficking());
  EXPECT_EQ(service_.List(kAgency, "")->size(), 1u);
  EXPECT_TRUE(service_.List(kOtherAgency, "")->empty());
  auto peek = service_.Get(kOtherAgency, sent.id);
  EXPECT_EQ(peek.status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(LastAudit(), "agency2 referral.read referral:" + sent.id + " denied");
  auto act = service_.Act(kOtherAgency, sent.id, ReferralAction::kAcknowledge, "");
  EXPECT_EQ(act.status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(LastAudit(), "agency2 referral.acknowledge referral:" + sent.id + " denied");
  EXPECT_EQ(service_.Slip(kOtherAgency, sent.id).status().code(), ErrorCode::kNotFound);
  // The same answer as for an id that does not exist.
  EXPECT_EQ(service_.Get(kOtherAgency, "nope").status().message(),
            "There is no referral with the id 'nope'.");
}

TEST_F(ReferralServiceTest, BorderOfficersSeeTheirOwnSupervisorsSeeAll) {
  const Referral sent = MustSend(kBorder, ToTrafficking());
  EXPECT_EQ(service_.Get(kBorder2, sent.id).status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(service_.List(kBorder2, "")->empty());
  EXPECT_EQ(service_.List(kSupervisor, "sent")->size(), 1u);
  EXPECT_TRUE(service_.List(kSupervisor, "closed")->empty());
  EXPECT_EQ(service_.List(kSupervisor, "pending").status().code(), ErrorCode::kInvalidArgument);
  // A referral of border's screening sent by a supervisor is border's to see too.
  MustSend(kSupervisor, ToTrafficking());
  EXPECT_EQ(service_.List(kBorder, "")->size(), 2u);
  EXPECT_EQ(LastAudit(), "border referral.list referrals ok");
}

TEST_F(ReferralServiceTest, TheSenderClosesButNeverAcceptsForTheAgency) {
  const Referral sent = MustSend(kBorder, ToTrafficking());
  auto accept = service_.Act(kBorder, sent.id, ReferralAction::kAcknowledge, "");
  EXPECT_EQ(accept.status().code(), ErrorCode::kPermissionDenied);
  ASSERT_EQ(StatusAfter(kAgency, sent.id, ReferralAction::kAcknowledge), "acknowledged");
  ASSERT_EQ(StatusAfter(kAgency, sent.id, ReferralAction::kDecline), "declined");
  EXPECT_EQ(StatusAfter(kBorder, sent.id, ReferralAction::kClose), "closed");
}

TEST_F(ReferralServiceTest, ConsentIsRecordedOrItsOverrideExplained) {
  NewReferral n = ToTrafficking();
  n.consent.reset();
  EXPECT_NE(service_.Send(kBorder, n).status().message().find("consent is required"), std::string::npos);
  n.consent = Consent{false, ""};
  auto refused = service_.Send(kBorder, n);
  EXPECT_NE(refused.status().message().find("consent.override_reason is required"), std::string::npos);
  n.consent = Consent{false, "Unaccompanied child; protection comes first."};
  const Referral sent = MustSend(kBorder, n);
  EXPECT_FALSE(sent.consent.given);
  EXPECT_EQ(sent.consent.override_reason, "Unaccompanied child; protection comes first.");
}

TEST_F(ReferralServiceTest, BadInputNamesTheField) {
  struct Case {
    void (*change)(NewReferral&);
    ErrorCode code;
    const char* message;
  } cases[] = {
      {[](NewReferral& n) { n.category = "police"; }, ErrorCode::kInvalidArgument,
       "category 'police' is not an Annex 2 category"},
      {[](NewReferral& n) { n.agency_id = "kz-example-child-protection"; }, ErrorCode::kInvalidArgument,
       "is listed under child_protection in the guide for KZ, not under anti_trafficking"},
      {[](NewReferral& n) { n.agency_id = "nowhere"; }, ErrorCode::kInvalidArgument,
       "agency_id 'nowhere' is in no reference guide"},
      {[](NewReferral& n) { n.priority = "urgent"; }, ErrorCode::kInvalidArgument,
       "priority 'urgent' is not one of emergency, high, normal"},
      {[](NewReferral& n) { n.reason = ""; }, ErrorCode::kInvalidArgument, "reason is required"},
      {[](NewReferral& n) { n.screening_id = "missing"; }, ErrorCode::kNotFound,
       "There is no screening with the id 'missing'."},
  };
  for (const Case& c : cases) {
    NewReferral n = ToTrafficking();
    c.change(n);
    auto r = service_.Send(kBorder, n);
    ASSERT_FALSE(r.ok()) << c.message;
    EXPECT_EQ(r.status().code(), c.code) << r.status().message();
    EXPECT_NE(r.status().message().find(c.message), std::string::npos) << r.status().message();
  }
  EXPECT_TRUE(service_.List(kSupervisor, "")->empty());  // nothing was written
}

// Sent on Friday 2026-11-20: one working day later is Monday the 23rd. The sender's task is open
// until then, overdue from Tuesday, and done once the agency acknowledges.
TEST_F(ReferralServiceTest, AnOverdueAcknowledgementIsATaskForTheSender) {
  const Referral sent = MustSend(kBorder, ToTrafficking());
  EXPECT_EQ(sent.acknowledge_due, "2026-11-23");
  EXPECT_FALSE(sent.acknowledgement_overdue);
  tasks::TaskService tasks(db_.store(), clock_);
  auto mine = tasks.MyTasks(kBorder);
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].due_on, "2026-11-23");
  EXPECT_EQ((*mine)[0].status, "open");
  EXPECT_EQ((*mine)[0].rule, "UN-6");
  EXPECT_NE((*mine)[0].title.find("Anti-Trafficking Coordination Centre (example)"), std::string::npos);
  EXPECT_TRUE(tasks.MyTasks(kBorder2)->empty());

  clock_.Advance(std::chrono::hours(24 * 3));  // Monday: due today, not yet overdue
  EXPECT_EQ((*tasks.MyTasks(kBorder))[0].status, "open");
  clock_.Advance(std::chrono::hours(24));  // Tuesday
  EXPECT_EQ((*tasks.MyTasks(kBorder))[0].status, "overdue");
  EXPECT_TRUE(service_.Get(kBorder, sent.id)->acknowledgement_overdue);

  ASSERT_EQ(StatusAfter(kAgency, sent.id, ReferralAction::kAcknowledge), "acknowledged");
  EXPECT_TRUE(tasks.MyTasks(kBorder)->empty());
  EXPECT_FALSE(service_.Get(kBorder, sent.id)->acknowledgement_overdue);
}

TEST_F(ReferralServiceTest, AgencyMembershipIsForAgencyUsersOfAKnownAgency) {
  EXPECT_EQ(service_.AssignAgency(kAdmin, "border", "kz-example-asylum").code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(service_.AssignAgency(kAdmin, "agency", "xx-none").code(), ErrorCode::kNotFound);
  EXPECT_EQ(service_.AssignAgency(kAdmin, "ghost", "kz-example-asylum").code(), ErrorCode::kNotFound);
  EXPECT_EQ(service_.AssignAgency(kBorder, "agency", "kz-example-asylum").code(), ErrorCode::kPermissionDenied);
  ASSERT_TRUE(service_.AssignAgency(kAdmin, "agency", "kg-example-asylum").ok());
  EXPECT_EQ(LastAudit(), "admin agency.assign user:agency ok");
}

}  // namespace
}  // namespace verbatim::referral
