#include "auth/role.h"

namespace verbatim::auth {

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kAdmin: return "admin";
    case Role::kOfficer: return "officer";
    case Role::kSupervisor: return "supervisor";
    case Role::kBorderOfficer: return "border_officer";
    case Role::kReferralAgency: return "referral_agency";
    case Role::kLawyer: return "lawyer";
    case Role::kApplicant: return "applicant";
  }
  return "unknown";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role r : kAllRoles) {
    if (RoleName(r) == name) return r;
  }
  return std::nullopt;
}

}  // namespace verbatim::auth
