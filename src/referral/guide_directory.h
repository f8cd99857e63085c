#pragma once

#include <memory>
#include <string_view>

#include "base/result.h"
#include "screening/agency_directory.h"
#include "store/store.h"

namespace verbatim::referral {

/// The agencies of `country`'s National Reference Guide as the screening result names them
/// (UN-6, UN-7): for each category the first agency the guide lists. The directory is a snapshot
/// taken now, independent of the store afterwards. NotFound when the country has no guide.
Result<std::unique_ptr<screening::AgencyDirectory>> LoadGuideDirectory(store::Store& store,
                                                                       std::string_view country);

}  // namespace verbatim::referral
