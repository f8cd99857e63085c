#pragma once

#include <cstdint>
#include <string>

#include "store/store.h"

namespace verbatim::store {

/// A stored screening for tests of what builds on one (referrals, agency users): a person
/// screened at "Crossing 7" in KZ with the unhcr-annex1 form, under non-refoulement, written
/// through the real table code. Returns its id; fails the test if the write fails.
std::string AddScreeningFixture(Store& store, std::int64_t created_at, const std::string& person_name,
                                const std::string& created_by);

}  // namespace verbatim::store
