#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// The person a referral is about, as their screening recorded them.
struct ReferredPerson {
  std::string name;
  std::string sex;
  std::optional<std::int64_t> approximate_age;
  std::string nationality;
};

/// A row of `referrals` with the person from its screening.
struct ReferralRow {
  std::string id;
  std::string screening_id;
  std::string category;
  std::string agency_id;
  std::string agency_name;
  std::string country;
  std::string priority;
  std::string reason;
  bool consent_given = false;
  std::string consent_override_reason;
  std::string status;
  std::string acknowledge_due;  // YYYY-MM-DD
  std::optional<std::string> task_id;
  std::int64_t sent_at = 0;
  std::string sent_by;
  ReferredPerson person;            // read only: from `screenings`
  std::string screening_created_by;  // read only: from `screenings`
};

/// A row of `referral_events`.
struct ReferralEventRow {
  std::string referral_id;
  std::int64_t seq = 0;
  std::string action;
  std::int64_t at = 0;
  std::string by;
  std::string note;
};

/// Which referrals a list shows: those of one agency, those a user sent or screened, or all.
struct ReferralFilter {
  std::optional<std::string> agency_id;
  std::optional<std::string> sender_or_screener;
  std::optional<std::string> status;
};

/// The screened person of `screening_id` and who screened them, or nothing for an unknown id.
Result<std::optional<std::pair<ReferredPerson, std::string>>> FindScreenedPerson(
    Transaction& txn, const std::string& screening_id);

Status InsertReferral(Transaction& txn, const ReferralRow& row);
Result<std::optional<ReferralRow>> FindReferral(Transaction& txn, const std::string& id);
/// Newest first.
Result<std::vector<ReferralRow>> ListReferrals(Transaction& txn, const ReferralFilter& filter);
/// Moves a referral from `from` to `to`; false when its status was no longer `from` (a
/// concurrent step won), so two agency users can never both accept.
Result<bool> UpdateReferralStatus(Transaction& txn, const std::string& id, const std::string& from,
                                  const std::string& to);

/// Appends an event with the next seq of its referral.
Status AppendReferralEvent(Transaction& txn, const ReferralEventRow& event);
Result<std::vector<ReferralEventRow>> ListReferralEvents(Transaction& txn, const std::string& referral_id);

/// Makes `username` a member of `agency_id` (replacing an earlier membership).
Status SetAgencyMember(Transaction& txn, const std::string& username, const std::string& agency_id,
                       std::int64_t at, const std::string& by);
/// The agency id `username` acts for, if any.
Result<std::optional<std::string>> FindAgencyOfUser(Transaction& txn, const std::string& username);

}  // namespace verbatim::store
