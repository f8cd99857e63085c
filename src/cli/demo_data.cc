#include "cli/demo_data.h"

#include "auth/user_admin.h"
#include "cases/case_service.h"
#include "cli/command.h"

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

Result<bool> EnsureDemoData(store::Store& store, const Clock& clock) {
  VB_ASSIGN_OR_RETURN(auto users, auth::ListUsers(store));
  if (!users.empty()) return false;
  const auth::Principal seeder{0, "demo-seed", auth::Role::kAdmin, "cli"};
  for (const auto& login : DemoLogins()) {
    VB_RETURN_IF_ERROR(auth::CreateUser(store, clock, seeder, login.username,
                                        *auth::ParseRole(login.role), login.password)
                           .status());
  }
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
  return true;
}

}  // namespace verbatim::cli
