#pragma once

#include <string>

#include "base/result.h"
#include "referral/guide.h"

namespace verbatim::referral {

/// The guide as a PDF to print on the back of the Annex 1 questionnaire (UN-7): per category
/// the agencies with every contact detail, the assistance organisations, UNHCR with its contact
/// person, who keeps it current and when it was last updated. An example guide says EXAMPLE at
/// the top and at the foot of every page. Pure; the same guide gives the same bytes.
Result<std::string> RenderGuidePdf(const Guide& guide);

}  // namespace verbatim::referral
