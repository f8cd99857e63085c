#include "referral/referral.h"

namespace verbatim::referral {

Json ReferralToJson(const Referral& r) {
  Json events = Json::array();
  for (const ReferralEvent& e : r.events) {
    events.push_back({{"action", e.action}, {"at", FormatRfc3339(e.at)}, {"by", e.by}, {"note", e.note}});
  }
  return {{"id", r.id},
          {"screening_id", r.screening_id},
          {"person",
           {{"name", r.person.name},
            {"sex", r.person.sex},
            {"approximate_age", r.person.approximate_age ? Json(*r.person.approximate_age) : Json(nullptr)},
            {"nationality", r.person.nationality}}},
          {"category", r.category},
          {"agency", {{"id", r.agency_id}, {"name", r.agency_name}}},
          {"country", r.country},
          {"priority", r.priority},
          {"reason", r.reason},
          {"consent", {{"given", r.consent.given}, {"override_reason", r.consent.override_reason}}},
          {"status", r.status},
          {"events", events},
          {"acknowledge_due", r.acknowledge_due},
          {"acknowledgement_overdue", r.acknowledgement_overdue},
          {"sent_at", FormatRfc3339(r.sent_at)},
          {"sent_by", r.sent_by}};
}

}  // namespace verbatim::referral
