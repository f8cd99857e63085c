// The referral lifecycle: sent → acknowledged → accepted | declined → closed.
#include "referral/lifecycle.h"

#include <gtest/gtest.h>

namespace verbatim::referral {
namespace {

using A = ReferralAction;
using S = ReferralStatus;

TEST(Lifecycle, FollowsTheStepsInOrder) {
  struct Case {
    S from;
    A action;
    std::optional<S> to;
  } cases[] = {
      {S::kSent, A::kAcknowledge, S::kAcknowledged},
      {S::kAcknowledged, A::kAccept, S::kAccepted},
      {S::kAcknowledged, A::kDecline, S::kDeclined},
      {S::kAccepted, A::kClose, S::kClosed},
      {S::kDeclined, A::kClose, S::kClosed},
      {S::kSent, A::kAccept, std::nullopt},
      {S::kSent, A::kClose, std::nullopt},
      {S::kAcknowledged, A::kAcknowledge, std::nullopt},
      {S::kAccepted, A::kDecline, std::nullopt},
      {S::kClosed, A::kClose, std::nullopt},
  };
  for (const Case& c : cases) {
    auto next = NextStatus(c.from, c.action);
    SCOPED_TRACE(std::string(StatusName(c.from)) + " + " + std::string(ActionName(c.action)));
    if (c.to) {
      ASSERT_TRUE(next.ok());
      EXPECT_EQ(*next, *c.to);
    } else {
      ASSERT_FALSE(next.ok());
      EXPECT_EQ(next.status().code(), ErrorCode::kFailedPrecondition);
    }
  }
}

TEST(Lifecycle, ARefusedStepNamesTheCurrentStatus) {
  auto next = NextStatus(S::kSent, A::kAccept);
  EXPECT_EQ(next.status().message(),
            "The referral is sent, so it cannot be accepted now: it can only be acknowledged.");
}

TEST(Lifecycle, TheAgencyActsAndTheSenderOnlyCloses) {
  for (A a : {A::kAcknowledge, A::kAccept, A::kDecline, A::kClose}) EXPECT_TRUE(MayAct(Party::kAgency, a));
  EXPECT_TRUE(MayAct(Party::kSender, A::kClose));
  for (A a : {A::kAcknowledge, A::kAccept, A::kDecline}) EXPECT_FALSE(MayAct(Party::kSender, a));
  for (A a : {A::kAcknowledge, A::kAccept, A::kDecline, A::kClose}) EXPECT_FALSE(MayAct(Party::kOther, a));
}

TEST(Lifecycle, NamesRoundTrip) {
  for (auto s : {S::kSent, S::kAcknowledged, S::kAccepted, S::kDeclined, S::kClosed}) {
    EXPECT_EQ(ParseStatus(StatusName(s)), s);
  }
  for (auto a : {A::kAcknowledge, A::kAccept, A::kDecline, A::kClose}) EXPECT_EQ(ParseAction(ActionName(a)), a);
  EXPECT_FALSE(ParseStatus("pending"));
  EXPECT_FALSE(ParseAction("reopen"));
}

}  // namespace
}  // namespace verbatim::referral
