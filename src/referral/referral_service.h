#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "base/clock.h"
#include "base/result.h"
#include "referral/lifecycle.h"
#include "referral/referral.h"
#include "store/store.h"

namespace verbatim::referral {

/// Working days an agency has to acknowledge a referral before the sender gets an overdue task.
inline constexpr int kAcknowledgeWorkingDays = 1;

/// Referrals and their lifecycle (UN-6). Who sees what: a referral_agency user only the referrals
/// addressed to their agency; a border officer those they sent or whose screening they made; a
/// supervisor all. A referral the caller may not see is NotFound, never PermissionDenied, so its
/// existence does not leak. Every call is audited, denied reads too. Thread-safe.
class ReferralService {
 public:
  ReferralService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  /// Sends a referral: status "sent", acknowledgement due kAcknowledgeWorkingDays working days
  /// after today (the guide country's public holidays when Verbatim has them, else Monday to
  /// Friday), and a task for the sender due that day, which turns "overdue" when the agency has
  /// not acknowledged by then and is done once it has. InvalidArgument naming the field for bad
  /// input; NotFound for an unknown screening.
  Result<Referral> Send(const auth::Principal& who, const NewReferral& referral);
  /// Newest first; `status` filters ("sent", …; InvalidArgument for another word).
  Result<std::vector<Referral>> List(const auth::Principal& who, const std::string& status);
  /// The referral with its events.
  Result<Referral> Get(const auth::Principal& who, const std::string& id);
  /// Takes one step of the lifecycle. PermissionDenied when the caller's party may not take it;
  /// FailedPrecondition (409) naming the current status when the step does not follow.
  Result<Referral> Act(const auth::Principal& who, const std::string& id, ReferralAction action,
                       const std::string& note);
  /// The printable referral slip (PDF), audited as a read.
  Result<std::string> Slip(const auth::Principal& who, const std::string& id);

  /// Makes the referral_agency user `username` act for `agency_id` (an agency of some guide).
  Status AssignAgency(const auth::Principal& who, const std::string& username,
                      const std::string& agency_id);

 private:
  Status Audit(const auth::Principal& who, const std::string& action, const std::string& object,
               const char* outcome);
  /// The referral if `who` may see it; NotFound (audited as denied) otherwise.
  Result<Referral> Visible(store::Transaction& txn, const auth::Principal& who, const std::string& id);

  store::Store& store_;
  const Clock& clock_;
};

}  // namespace verbatim::referral
