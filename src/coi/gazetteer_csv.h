#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::coi {

/// The records of an RFC 4180 CSV text (quoted fields may hold commas, doubled quotes and line
/// breaks). InvalidArgument naming `source` and the line of an unterminated quote.
Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view text,
                                                       const std::string& source);

}  // namespace verbatim::coi
