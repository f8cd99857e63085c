#pragma once

#include <span>
#include <string_view>

namespace verbatim::referral {

/// The referral categories of Annex 2 (UN-6, UN-7), in the order the guide prints them. The
/// screening result names its referrals with the same words.
std::span<const std::string_view> Categories();
bool IsCategory(std::string_view name);
/// The heading a printed guide gives the category ("Asylum authority (refugee status
/// determination)").
std::string_view CategoryTitle(std::string_view name);
/// The categories a guide must list (Annex 2 has no "as appropriate" for them).
bool IsRequiredCategory(std::string_view name);

}  // namespace verbatim::referral
