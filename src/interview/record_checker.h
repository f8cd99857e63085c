#pragma once

#include <istream>
#include <string>
#include <vector>

#include "base/result.h"
#include "interview/charter_policy.h"

namespace verbatim::interview {

/// Checks a record in the exchange format (one JSON entry per line) against the same charter
/// rules the live server applies (CharterPolicy), plus the record's own integrity: seqs that
/// follow each other and, where hashes are present, an unbroken hash chain.
///
/// Findings are the result, not an error. A line that is not an entry is InvalidArgument naming
/// `source_name`, the line number and what is wrong with it.
Result<std::vector<Finding>> CheckRecord(std::istream& lines, const std::string& source_name,
                                         const CharterPolicy& policy);

/// {"findings":[{"rule","severity","seq","message"}]}
Json FindingsToJson(const std::vector<Finding>& findings);

}  // namespace verbatim::interview
