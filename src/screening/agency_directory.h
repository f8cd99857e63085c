#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace verbatim::screening {

/// The agency a referral goes to (Annex 2, UN-7): a stable id and the name an officer reads.
struct AgencyRef {
  std::string id;
  std::string name;
};

/// Where referrals of a category go in one country. The screening result names the agency from
/// it; the National Reference Guide implements it (src/referral/guide_directory.h). Categories are
/// the Annex 2 ones: "asylum_authority", "child_protection", "anti_trafficking",
/// "victims_of_violence", "assistance_organisations", "unhcr", "medical".
class AgencyDirectory {
 public:
  virtual ~AgencyDirectory() = default;
  /// The agency for `category`, or nullopt when the guide lists none.
  virtual std::optional<AgencyRef> For(std::string_view category) const = 0;
};

}  // namespace verbatim::screening
