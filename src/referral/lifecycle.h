#pragma once

#include <optional>
#include <string_view>

#include "base/result.h"

namespace verbatim::referral {

/// A referral's lifecycle (issue 5): sent → acknowledged → accepted | declined → closed.
enum class ReferralStatus { kSent, kAcknowledged, kAccepted, kDeclined, kClosed };
/// What a step does; each moves the referral to the next status.
enum class ReferralAction { kAcknowledge, kAccept, kDecline, kClose };
/// Who is acting on a referral: a user of the receiving agency, the officer who sent it (or a
/// supervisor of the sending service), or anyone else.
enum class Party { kAgency, kSender, kOther };

std::string_view StatusName(ReferralStatus status);
std::optional<ReferralStatus> ParseStatus(std::string_view name);
std::string_view ActionName(ReferralAction action);
std::optional<ReferralAction> ParseAction(std::string_view name);

/// The status `action` leads to from `current`. FailedPrecondition naming the current status
/// and the steps it allows, e.g. accepting a referral that was never acknowledged.
Result<ReferralStatus> NextStatus(ReferralStatus current, ReferralAction action);
/// Whether `party` may take `action`: the agency acknowledges, accepts and declines; the agency
/// or the sender closes.
bool MayAct(Party party, ReferralAction action);

}  // namespace verbatim::referral
