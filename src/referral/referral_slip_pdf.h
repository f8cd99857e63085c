#pragma once

#include <string>

#include "base/result.h"
#include "referral/guide.h"
#include "referral/referral.h"

namespace verbatim::referral {

/// The printable referral slip: the receiving agency with its contact details from the guide
/// (`agency` may be null when the guide no longer lists it), the person (minimal data), the
/// category, priority and reason, the consent or why it was overridden, and every step so far.
/// `example` marks a slip made from an example guide: it says EXAMPLE on every page. Pure.
Result<std::string> RenderReferralSlipPdf(const Referral& referral, const Agency* agency, bool example);

}  // namespace verbatim::referral
