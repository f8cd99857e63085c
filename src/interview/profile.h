#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::interview {

/// The configurable values of the charter for one jurisdiction (data/profiles/<ID>.json).
struct Profile {
  std::string id;
  std::string name;
  std::chrono::minutes break_after{90};      // CH-11.1
  std::chrono::minutes break_warning{80};    // CH-11.1
  std::chrono::minutes break_min{15};        // CH-11.1
  std::chrono::minutes max_duration{240};    // CH-11.2
  std::chrono::minutes max_extension{30};    // CH-11.2
  std::chrono::minutes duration_warning{15}; // CH-11.2
};

inline constexpr std::string_view kDefaultProfile = "BE";

/// The profile `id` ("BE"); NotFound naming the known ones otherwise.
Result<Profile> LoadProfile(std::string_view id);
std::vector<std::string> ProfileIds();

}  // namespace verbatim::interview
