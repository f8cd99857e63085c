#include "referral/guide_service.h"

#include "audit/audit_log.h"
#include "store/guide_table.h"
#include "tasks/iso_date.h"

namespace verbatim::referral {
namespace {

Guide FromRows(const store::GuideRow& g, const std::vector<store::GuideAgencyRow>& rows) {
  Guide out{g.country, g.example, g.maintained_by, g.last_updated, {}};
  for (const auto& a : rows) {
    out.agencies.push_back({a.id, a.category, a.name, a.services, a.unit, a.telephone, a.address,
                            a.working_hours, a.hotline, a.contact_person});
  }
  return out;
}

}  // namespace

std::string TodayIso(const Clock& clock) {
  return tasks::FormatIsoDate(tasks::Date{std::chrono::floor<std::chrono::days>(clock.Now())});
}

Result<std::vector<GuideSummary>> GuideService::List() {
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto rows, store::ListGuides(*txn));
  std::vector<GuideSummary> out;
  for (const auto& g : rows) out.push_back({g.country, g.example, g.maintained_by, g.last_updated});
  return out;
}

Result<Guide> GuideService::Get(const std::string& country) {
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto guide, store::FindGuide(*txn, country));
  if (!guide) return NotFound("There is no reference guide for '" + country + "'.");
  VB_ASSIGN_OR_RETURN(auto agencies, store::ListGuideAgencies(*txn, country));
  return FromRows(*guide, agencies);
}

Result<Guide> GuideService::Save(const auth::Principal& who, Guide guide) {
  guide.last_updated = TodayIso(clock_);
  return Write(who, std::move(guide), "guide.save");
}

Result<Guide> GuideService::Import(const auth::Principal& who, Guide guide) {
  return Write(who, std::move(guide), "guide.import");
}

Result<Guide> GuideService::Write(const auth::Principal& who, Guide guide, const char* action) {
  if (auto problems = CheckGuide(guide); !problems.empty()) {
    return InvalidArgument("The guide has a problem: " + problems.front() + ".");
  }
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  std::vector<store::GuideAgencyRow> rows;
  for (std::size_t i = 0; i < guide.agencies.size(); ++i) {
    const Agency& a = guide.agencies[i];
    VB_ASSIGN_OR_RETURN(auto existing, store::FindGuideAgency(*txn, a.id));
    if (existing && existing->country != guide.country) {
      return InvalidArgument("agencies[" + std::to_string(i) + "].id: '" + a.id +
                             "' is already the id of an agency in the guide for " +
                             existing->country + "; agency ids are unique across guides.");
    }
    rows.push_back({a.id, guide.country, a.category, a.name, a.services, a.unit, a.telephone,
                    a.address, a.working_hours, a.hotline, a.contact_person});
  }
  VB_RETURN_IF_ERROR(store::ReplaceGuide(
      *txn, {guide.country, guide.example, guide.maintained_by, guide.last_updated,
             ToUnixMicros(clock_.Now()), who.username},
      rows));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                   {who.username, std::string(auth::RoleName(who.role)), action,
                                    "guide:" + guide.country, who.remote, "ok"}));
  VB_RETURN_IF_ERROR(txn->Commit());
  return guide;
}

}  // namespace verbatim::referral
