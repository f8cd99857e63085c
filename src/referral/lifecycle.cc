#include "referral/lifecycle.h"

#include <array>
#include <string>

namespace verbatim::referral {
namespace {

constexpr std::array<std::string_view, 5> kStatusNames = {"sent", "acknowledged", "accepted",
                                                          "declined", "closed"};
constexpr std::array<std::string_view, 4> kActionNames = {"acknowledge", "accept", "decline",
                                                          "close"};

// The one step allowed from each status, as a sentence for the 409 answer.
std::string_view Allowed(ReferralStatus s) {
  switch (s) {
    case ReferralStatus::kSent: return "it can only be acknowledged";
    case ReferralStatus::kAcknowledged: return "it can only be accepted or declined";
    case ReferralStatus::kAccepted:
    case ReferralStatus::kDeclined: return "it can only be closed";
    case ReferralStatus::kClosed: return "nothing more can be done with it";
  }
  return "";
}

}  // namespace

std::string_view StatusName(ReferralStatus status) { return kStatusNames[static_cast<int>(status)]; }

std::optional<ReferralStatus> ParseStatus(std::string_view name) {
  for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
    if (kStatusNames[i] == name) return static_cast<ReferralStatus>(i);
  }
  return std::nullopt;
}

std::string_view ActionName(ReferralAction action) { return kActionNames[static_cast<int>(action)]; }

std::optional<ReferralAction> ParseAction(std::string_view name) {
  for (std::size_t i = 0; i < kActionNames.size(); ++i) {
    if (kActionNames[i] == name) return static_cast<ReferralAction>(i);
  }
  return std::nullopt;
}

Result<ReferralStatus> NextStatus(ReferralStatus current, ReferralAction action) {
  using A = ReferralAction;
  using S = ReferralStatus;
  if (current == S::kSent && action == A::kAcknowledge) return S::kAcknowledged;
  if (current == S::kAcknowledged && action == A::kAccept) return S::kAccepted;
  if (current == S::kAcknowledged && action == A::kDecline) return S::kDeclined;
  if ((current == S::kAccepted || current == S::kDeclined) && action == A::kClose) return S::kClosed;
  return FailedPrecondition("The referral is " + std::string(StatusName(current)) + ", so it cannot be " +
                            (action == A::kAcknowledge ? "acknowledged"
                             : action == A::kAccept    ? "accepted"
                             : action == A::kDecline   ? "declined"
                                                       : "closed") +
                            " now: " + std::string(Allowed(current)) + ".");
}

bool MayAct(Party party, ReferralAction action) {
  if (party == Party::kAgency) return true;
  return party == Party::kSender && action == ReferralAction::kClose;
}

}  // namespace verbatim::referral
