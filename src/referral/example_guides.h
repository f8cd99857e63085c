#pragma once

#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "store/store.h"

namespace verbatim::referral {

/// The example guides of data/guides (KZ, KG), compiled in: invented contact details, marked
/// "example": true.
std::vector<std::string_view> ExampleGuideDocuments();

/// Imports every example guide whose country has no guide yet (for `serve --demo`); returns how
/// many were imported. An existing guide is never overwritten.
Result<int> LoadExampleGuides(store::Store& store, const Clock& clock);

}  // namespace verbatim::referral
