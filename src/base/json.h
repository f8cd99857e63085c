#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "base/result.h"

namespace verbatim {

using Json = nlohmann::json;

/// Parses `text` as a JSON document; the error names the line and column of the fault.
Result<Json> ParseJson(std::string_view text);

}  // namespace verbatim
