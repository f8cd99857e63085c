#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/json.h"

namespace verbatim::referral {

/// The person's consent to the referral (UN-9: no data goes to another body without it), or why
/// the referral was sent without it.
struct Consent {
  bool given = false;
  std::string override_reason;  // required when not given
};

/// The screened person, minimal data as the screening recorded them.
struct Person {
  std::string name;
  std::string sex;
  std::optional<int> approximate_age;
  std::string nationality;
};

/// One step of a referral: who did what when.
struct ReferralEvent {
  std::string action;  // send | acknowledge | accept | decline | close
  TimePoint at;
  std::string by;
  std::string note;
};

/// A referral of a screened person to an agency of the National Reference Guide (UN-6).
struct Referral {
  std::string id;
  std::string screening_id;
  Person person;
  std::string category;
  std::string agency_id;
  std::string agency_name;
  std::string country;  // of the guide the agency is listed in
  std::string priority;
  std::string reason;
  Consent consent;
  std::string status;
  std::vector<ReferralEvent> events;  // oldest first; empty in lists
  std::string acknowledge_due;        // YYYY-MM-DD
  bool acknowledgement_overdue = false;
  TimePoint sent_at;
  std::string sent_by;
};

/// What the sender gives (POST /api/v1/screenings/{id}/referrals).
struct NewReferral {
  std::string screening_id;
  std::string category;
  std::string agency_id;
  std::string priority;  // emergency | high | normal
  std::string reason;
  std::optional<Consent> consent;
};

/// {"id","screening_id","person":{"name","sex","approximate_age","nationality"},"category",
/// "agency":{"id","name"},"priority","reason","consent":{"given","override_reason"},"status",
/// "events":[{"action","at","by","note"}],"acknowledge_due","acknowledgement_overdue","sent_at",
/// "sent_by","country"}: the API's form (docs/referrals.md).
Json ReferralToJson(const Referral& referral);

}  // namespace verbatim::referral
