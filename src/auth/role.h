#pragma once

#include <optional>
#include <string_view>

namespace verbatim::auth {

/// The roles of DESIGN.md's "Who uses it". A user has exactly one.
enum class Role {
  kAdmin,
  kOfficer,
  kSupervisor,
  kBorderOfficer,
  kReferralAgency,
  kLawyer,
  kApplicant,
};

inline constexpr Role kAllRoles[] = {Role::kAdmin,          Role::kOfficer,
                                     Role::kSupervisor,     Role::kBorderOfficer,
                                     Role::kReferralAgency, Role::kLawyer,
                                     Role::kApplicant};

/// "admin", "officer", "supervisor", "border_officer", "referral_agency", "lawyer", "applicant".
std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);

}  // namespace verbatim::auth
