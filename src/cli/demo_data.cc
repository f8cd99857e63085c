#include "cli/demo_data.h"

#include "auth/user_admin.h"
#include "cases/case_service.h"
#include "cli/command.h"
#include "interview/charter_policy.h"
#include "interview/interview_service.h"
#include "referral/example_guides.h"
#include "referral/referral_service.h"

namespace verbatim::cli {

const std::vector<DemoLogin>& DemoLogins() {
  static const std::vector<DemoLogin> logins = {
      {"officer", "officer", "officer-demo-pass"},
      {"supervisor", "supervisor", "supervisor-demo-pass"},
      {"admin", "admin", "admin-demo-pass"},
      {"border", "border_officer", "border-demo-pass"},
      {"agency", "referral_agency", "agency-demo-pass"},
      {"lawyer", "lawyer", "lawyer-demo-pass"},
      {"applicant", "applicant", "applicant-demo-pass"},
  };
  return logins;
}

namespace {

// A short interview already under way, so the interview room and the notes have something to
// show. Invented, like the applicants.
Status AddDemoInterview(store::Store& store, const Clock& clock, const auth::Principal& officer,
                        const std::string& case_id) {
  interview::InterviewService interviews(store, clock);
  VB_ASSIGN_OR_RETURN(std::string id,
                      interviews.Create(officer, {case_id, "officer", "INT-0417", "ar",
                                                  "Brussels, interview room 4.12",
                                                  FormatRfc3339(clock.Now())}));
  using interview::EntryKind;
  auto add = [&](EntryKind kind, std::string text, std::string item = "") -> Status {
    interview::Entry e;
    e.kind = kind;
    e.text = std::move(text);
    if (!item.empty()) {
      e.item = std::move(item);
      e.status = "done";
    }
    VB_ASSIGN_OR_RETURN(auto outcome, interviews.Append(officer, id, std::move(e)));
    if (!outcome.entry) return Internal("a demo entry was refused: " + outcome.decision.refusals[0].message);
    return Status::Ok();
  };
  VB_RETURN_IF_ERROR(add(EntryKind::kStart, ""));
  for (const auto& item : interview::OpeningItems()) {
    VB_RETURN_IF_ERROR(add(EntryKind::kChecklist, "", item));
  }
  VB_RETURN_IF_ERROR(add(EntryKind::kQuestion, "When did you leave your home town?"));
  VB_RETURN_IF_ERROR(add(EntryKind::kAnswer, "غادرت حمص في شتاء ٢٠١٩ مع ابني يوسف."));
  VB_RETURN_IF_ERROR(add(EntryKind::kObservation, "The applicant speaks quietly and pauses often."));
  VB_RETURN_IF_ERROR(add(EntryKind::kQuestion, "Who did you travel with after Homs?"));
  return Status::Ok();
}

}  // namespace

Result<bool> EnsureDemoData(store::Store& store, const Clock& clock) {
  VB_ASSIGN_OR_RETURN(auto users, auth::ListUsers(store));
  if (!users.empty()) return false;
  const auth::Principal seeder{0, "demo-seed", auth::Role::kAdmin, "cli"};
  for (const auto& login : DemoLogins()) {
    VB_RETURN_IF_ERROR(auth::CreateUser(store, clock, seeder, login.username,
                                        *auth::ParseRole(login.role), login.password)
                           .status());
  }
  // The example reference guides (KZ, KG; invented contact details), and the demo agency user
  // acting for KZ's example asylum authority so that the referral inbox has an owner.
  VB_RETURN_IF_ERROR(referral::LoadExampleGuides(store, clock).status());
  VB_RETURN_IF_ERROR(referral::ReferralService(store, clock).AssignAgency(seeder, "agency", "kz-example-asylum"));
  // Invented applicants; nationalities and languages are those of the demo COI library.
  const cases::Applicant applicants[] = {
      {"Haddad", "Rania", "رانيا حداد", "1991-04-12", "SY", {"ar"}},
      {"Haddad", "Yousef", "يوسف حداد", "2015", "SY", {"ar"}},
      {"Ahmadi", "Farid", "فرید احمدی", "1987-09", "AF", {"prs", "ps"}},
      {"Tesfamariam", "Senait", "ሰናይት ተስፋማርያም", "1999-01-30", "ER", {"ti"}},
      {"Rahimov", "Jamshid", "Жамшид Рахимов", "1984-06-02", "TJ", {"tg", "ru"}},
  };
  const auth::Principal officer{0, "officer", auth::Role::kOfficer, "cli"};
  cases::CaseService service(store, clock);
  std::vector<std::string> ids;
  for (const auto& a : applicants) {
    VB_ASSIGN_OR_RETURN(auto created, service.Create(officer, a));
    ids.push_back(created.id);
  }
  VB_RETURN_IF_ERROR(service.Link(officer, ids[0], ids[1], "child"));
  VB_RETURN_IF_ERROR(AddDemoInterview(store, clock, officer, ids[0]));
  return true;
}

}  // namespace verbatim::cli
