#pragma once

#include <string_view>

#include "report/pdf_flow.h"

namespace verbatim::referral {

/// Rows shared by the printed guide and the referral slip, in the look of the interview notes.
report::Row TitleRow(std::string_view title);
report::Row HeadingRow(std::string_view heading);
/// A label in the left column and its value beside it; an empty value reads "Not given".
report::Row KeyValueRow(std::string_view key, std::string_view value);
/// A shaded band: the EXAMPLE warning of invented data, or a consent override.
report::Row BannerRow(std::string_view text);
/// A paragraph across the page.
report::Row TextRow(std::string_view text, unsigned style = report::kPlain);

/// The line printed at the foot of every page of a document made from example data.
inline constexpr std::string_view kExampleFooter =
    "EXAMPLE: invented agencies and contact details, not for use at a border.";

}  // namespace verbatim::referral
