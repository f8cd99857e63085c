#include "referral/referral_service.h"

#include "audit/audit_log.h"
#include "base/crypto.h"
#include "base/text.h"
#include "referral/categories.h"
#include "referral/guide_service.h"
#include "referral/referral_slip_pdf.h"
#include "store/guide_table.h"
#include "store/interview_table.h"
#include "store/referral_table.h"
#include "store/user_table.h"
#include "tasks/holiday_rules.h"
#include "tasks/working_days.h"

namespace verbatim::referral {
namespace {

using auth::Role;

constexpr std::size_t kMaxText = 2000;

bool IsPriority(const std::string& p) { return p == "emergency" || p == "high" || p == "normal"; }

Referral FromRow(const store::ReferralRow& r, const std::string& today) {
  Referral out;
  out.id = r.id;
  out.screening_id = r.screening_id;
  out.person = {r.person.name, r.person.sex,
                r.person.approximate_age ? std::optional<int>(static_cast<int>(*r.person.approximate_age))
                                         : std::nullopt,
                r.person.nationality};
  out.category = r.category;
  out.agency_id = r.agency_id;
  out.agency_name = r.agency_name;
  out.country = r.country;
  out.priority = r.priority;
  out.reason = r.reason;
  out.consent = {r.consent_given, r.consent_override_reason};
  out.status = r.status;
  out.acknowledge_due = r.acknowledge_due;
  out.acknowledgement_overdue = r.status == "sent" && r.acknowledge_due < today;
  out.sent_at = FromUnixMicros(r.sent_at);
  out.sent_by = r.sent_by;
  return out;
}

bool MaySee(const auth::Principal& who, const store::ReferralRow& r,
            const std::optional<std::string>& agency) {
  switch (who.role) {
    case Role::kReferralAgency: return agency && *agency == r.agency_id;
    case Role::kSupervisor: return true;
    case Role::kBorderOfficer: return r.sent_by == who.username || r.screening_created_by == who.username;
    default: return false;
  }
}

Party PartyOf(const auth::Principal& who, const store::ReferralRow& r,
              const std::optional<std::string>& agency) {
  if (who.role == Role::kReferralAgency && agency && *agency == r.agency_id) return Party::kAgency;
  if (who.role == Role::kSupervisor || r.sent_by == who.username) return Party::kSender;
  return Party::kOther;
}

// The working days of the guide's country: its public holidays when Verbatim has them
// (data/holidays), else Monday to Friday. A referral is never held up for want of a calendar.
tasks::HolidayCalendar CalendarFor(const std::string& country) {
  if (auto c = tasks::HolidayCalendar::ForProfile(country); c.ok()) return *c;
  return tasks::HolidayCalendar(tasks::HolidayRules{country, "Monday to Friday",
                                                    std::chrono::year{1900}, std::chrono::year{2199},
                                                    {}});
}

Status CheckText(const char* field, const std::string& value, bool required, const char* hint) {
  if (required && value.empty()) return InvalidArgument(std::string(field) + " is required: " + hint);
  if (!IsValidUtf8(value)) return InvalidArgument(std::string(field) + " is not valid UTF-8.");
  if (value.size() > kMaxText) {
    return InvalidArgument(std::string(field) + " is longer than " + std::to_string(kMaxText) + " bytes.");
  }
  return Status::Ok();
}

Status CheckNew(const NewReferral& n) {
  if (!IsCategory(n.category)) {
    std::string names;
    for (std::string_view c : Categories()) names += (names.empty() ? "" : ", ") + std::string(c);
    return InvalidArgument("category '" + n.category + "' is not an Annex 2 category (one of " + names + ").");
  }
  if (!IsPriority(n.priority)) {
    return InvalidArgument("priority '" + n.priority + "' is not one of emergency, high, normal.");
  }
  VB_RETURN_IF_ERROR(CheckText("reason", n.reason, true, "say why the person is referred."));
  if (!n.consent) {
    return InvalidArgument("consent is required: {\"given\": true} or {\"given\": false, "
                           "\"override_reason\": \"…\"} (UN-9).");
  }
  VB_RETURN_IF_ERROR(CheckText("consent.override_reason", n.consent->override_reason,
                               !n.consent->given,
                               "the person did not consent, so say why the referral is sent "
                               "anyway (UN-9)."));
  return Status::Ok();
}

}  // namespace

Status ReferralService::Audit(const auth::Principal& who, const std::string& action,
                              const std::string& object, const char* outcome) {
  return audit::AppendNow(store_, clock_, {who.username, std::string(auth::RoleName(who.role)), action,
                                           object, who.remote, outcome});
}

Result<Referral> ReferralService::Send(const auth::Principal& who, const NewReferral& n) {
  if (who.role != Role::kBorderOfficer && who.role != Role::kSupervisor) {
    return PermissionDenied("Only border officers and supervisors send referrals.");
  }
  VB_RETURN_IF_ERROR(CheckNew(n));
  const TimePoint now = clock_.Now();
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto person, store::FindScreenedPerson(*txn, n.screening_id));
  if (!person) return NotFound("There is no screening with the id '" + n.screening_id + "'.");
  VB_ASSIGN_OR_RETURN(auto agency, store::FindGuideAgency(*txn, n.agency_id));
  if (!agency) {
    return InvalidArgument("agency_id '" + n.agency_id + "' is in no reference guide; take the "
                           "agency from GET /api/v1/guides/{country}.");
  }
  if (agency->category != n.category) {
    return InvalidArgument("agency_id '" + n.agency_id + "' is listed under " + agency->category +
                           " in the guide for " + agency->country + ", not under " + n.category + ".");
  }
  const tasks::HolidayCalendar calendar = CalendarFor(agency->country);
  VB_ASSIGN_OR_RETURN(tasks::Date sent_on, tasks::ParseIsoDate(TodayIso(clock_)));
  VB_ASSIGN_OR_RETURN(tasks::Date due, calendar.AddWorkingDays(sent_on, kAcknowledgeWorkingDays));

  store::ReferralRow row;
  row.id = RandomHex(16);
  row.screening_id = n.screening_id;
  row.category = n.category;
  row.agency_id = agency->id;
  row.agency_name = agency->name;
  row.country = agency->country;
  row.priority = n.priority;
  row.reason = Trim(n.reason);
  row.consent_given = n.consent->given;
  row.consent_override_reason = n.consent->given ? "" : Trim(n.consent->override_reason);
  row.status = "sent";
  row.acknowledge_due = tasks::FormatIsoDate(due);
  row.task_id = RandomHex(16);
  row.sent_at = ToUnixMicros(now);
  row.sent_by = who.username;
  // The title names the agency and the referral, never the person: task lists are not audited.
  VB_RETURN_IF_ERROR(store::InsertTask(
      *txn, {*row.task_id, std::string(auth::RoleName(who.role)), "UN-6",
             "Acknowledgement due from " + agency->name + " for referral " + row.id.substr(0, 8),
             std::nullopt, std::nullopt, row.sent_at, std::nullopt, who.username, row.acknowledge_due,
             std::nullopt}));
  VB_RETURN_IF_ERROR(store::InsertReferral(*txn, row));
  VB_RETURN_IF_ERROR(store::AppendReferralEvent(*txn, {row.id, 0, "send", row.sent_at, who.username, ""}));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                   {who.username, std::string(auth::RoleName(who.role)), "referral.send",
                                    "referral:" + row.id, who.remote, "ok"}));
  VB_RETURN_IF_ERROR(txn->Commit());
  return Get(who, row.id);
}

Result<std::vector<Referral>> ReferralService::List(const auth::Principal& who,
                                                    const std::string& status) {
  store::ReferralFilter filter;
  if (!status.empty()) {
    if (!ParseStatus(status)) {
      return InvalidArgument("status '" + status + "' is not one of sent, acknowledged, accepted, "
                             "declined, closed.");
    }
    filter.status = status;
  }
  std::vector<Referral> out;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    switch (who.role) {
      case Role::kReferralAgency: {
        VB_ASSIGN_OR_RETURN(auto agency, store::FindAgencyOfUser(*txn, who.username));
        // A user not yet assigned to an agency sees nothing rather than everything.
        filter.agency_id = agency.value_or("");
        break;
      }
      case Role::kBorderOfficer: filter.sender_or_screener = who.username; break;
      case Role::kSupervisor: break;
      default: return PermissionDenied("Your role does not work with referrals.");
    }
    VB_ASSIGN_OR_RETURN(auto rows, store::ListReferrals(*txn, filter));
    const std::string today = TodayIso(clock_);
    for (const auto& r : rows) out.push_back(FromRow(r, today));
  }
  VB_RETURN_IF_ERROR(Audit(who, "referral.list", "referrals", "ok"));
  return out;
}

Result<Referral> ReferralService::Visible(store::Transaction& txn, const auth::Principal& who,
                                          const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto row, store::FindReferral(txn, id));
  std::optional<std::string> agency;
  if (who.role == Role::kReferralAgency) {
    VB_ASSIGN_OR_RETURN(agency, store::FindAgencyOfUser(txn, who.username));
  }
  if (!row || !MaySee(who, *row, agency)) {
    return NotFound("There is no referral with the id '" + id + "'.");
  }
  Referral r = FromRow(*row, TodayIso(clock_));
  VB_ASSIGN_OR_RETURN(auto events, store::ListReferralEvents(txn, id));
  for (const auto& e : events) r.events.push_back({e.action, FromUnixMicros(e.at), e.by, e.note});
  return r;
}

Result<Referral> ReferralService::Get(const auth::Principal& who, const std::string& id) {
  Result<Referral> r = NotFound("");
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    r = Visible(*txn, who, id);
  }
  if (!r.ok() && r.status().code() != ErrorCode::kNotFound) return r.status();
  VB_RETURN_IF_ERROR(Audit(who, "referral.read", "referral:" + id, r.ok() ? "ok" : "denied"));
  return r;
}

Result<Referral> ReferralService::Act(const auth::Principal& who, const std::string& id,
                                      ReferralAction action, const std::string& note) {
  VB_RETURN_IF_ERROR(CheckText("note", note, false, ""));
  const std::string audit_action = "referral." + std::string(ActionName(action));
  const std::string object = "referral:" + id;
  Status refused;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
    auto current = Visible(*txn, who, id);
    if (!current.ok()) {
      refused = current.status();
    } else {
      VB_ASSIGN_OR_RETURN(auto row, store::FindReferral(*txn, id));
      std::optional<std::string> agency;
      if (who.role == Role::kReferralAgency) {
        VB_ASSIGN_OR_RETURN(agency, store::FindAgencyOfUser(*txn, who.username));
      }
      if (!MayAct(PartyOf(who, *row, agency), action)) {
        refused = PermissionDenied(action == ReferralAction::kClose
                                       ? "Only the receiving agency or the sender closes a referral."
                                       : "Only a user of the receiving agency can " +
                                             std::string(ActionName(action)) + " a referral.");
      } else {
        auto next = NextStatus(*ParseStatus(row->status), action);
        if (!next.ok()) return next.status();
        VB_ASSIGN_OR_RETURN(bool moved, store::UpdateReferralStatus(*txn, id, row->status,
                                                                     std::string(StatusName(*next))));
        if (!moved) return FailedPrecondition("The referral was changed meanwhile; reload it.");
        const std::int64_t at = ToUnixMicros(clock_.Now());
        VB_RETURN_IF_ERROR(store::AppendReferralEvent(
            *txn, {id, 0, std::string(ActionName(action)), at, who.username, Trim(note)}));
        // The sender's follow-up task is done once the agency has acknowledged.
        if (action == ReferralAction::kAcknowledge && row->task_id) {
          VB_RETURN_IF_ERROR(store::MarkTaskDone(*txn, *row->task_id, at, who.username).status());
        }
        VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                         {who.username, std::string(auth::RoleName(who.role)),
                                          audit_action, object, who.remote, "ok"}));
        VB_RETURN_IF_ERROR(txn->Commit());
      }
    }
  }
  if (!refused.ok()) {
    VB_RETURN_IF_ERROR(Audit(who, audit_action, object, "denied"));
    return refused;
  }
  return Get(who, id);
}

Result<std::string> ReferralService::Slip(const auth::Principal& who, const std::string& id) {
  Result<Referral> r = NotFound("");
  std::optional<store::GuideAgencyRow> agency;
  bool example = false;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    r = Visible(*txn, who, id);
    if (r.ok()) {
      VB_ASSIGN_OR_RETURN(agency, store::FindGuideAgency(*txn, r->agency_id));
      VB_ASSIGN_OR_RETURN(auto guide, store::FindGuide(*txn, r->country));
      example = guide && guide->example;
    }
  }
  if (!r.ok() && r.status().code() != ErrorCode::kNotFound) return r.status();
  VB_RETURN_IF_ERROR(Audit(who, "referral.slip", "referral:" + id, r.ok() ? "ok" : "denied"));
  if (!r.ok()) return r.status();
  std::optional<Agency> details;
  if (agency) {
    details = Agency{agency->id, agency->category, agency->name, agency->services, agency->unit,
                     agency->telephone, agency->address, agency->working_hours, agency->hotline,
                     agency->contact_person};
  }
  return RenderReferralSlipPdf(*r, details ? &*details : nullptr, example);
}

Status ReferralService::AssignAgency(const auth::Principal& who, const std::string& username,
                                     const std::string& agency_id) {
  if (who.role != Role::kAdmin) return PermissionDenied("Only an administrator assigns agency users.");
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto user, store::FindUserByName(*txn, username));
  if (!user) return NotFound("There is no user '" + username + "'.");
  if (user->role != "referral_agency") {
    return InvalidArgument("User '" + username + "' has the role " + user->role +
                           "; only referral_agency users act for an agency.");
  }
  VB_ASSIGN_OR_RETURN(auto agency, store::FindGuideAgency(*txn, agency_id));
  if (!agency) {
    return NotFound("There is no agency '" + agency_id + "' in any reference guide; import the "
                    "guide first (verbatim guide import FILE.json).");
  }
  VB_RETURN_IF_ERROR(store::SetAgencyMember(*txn, username, agency_id, ToUnixMicros(clock_.Now()),
                                            who.username));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                   {who.username, std::string(auth::RoleName(who.role)), "agency.assign",
                                    "user:" + username, who.remote, "ok"}));
  return txn->Commit();
}

}  // namespace verbatim::referral
