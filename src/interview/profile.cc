#include "interview/profile.h"

#include "base/json.h"

namespace verbatim::interview {

// Generated from data/profiles/*.json by cmake/EmbedFile.cmake.
std::string_view ProfileBeJson();

namespace {

struct EmbeddedProfile {
  std::string_view id;
  std::string_view (*json)();
};
constexpr EmbeddedProfile kProfiles[] = {{"BE", &ProfileBeJson}};

Result<Profile> Parse(std::string_view text) {
  VB_ASSIGN_OR_RETURN(Json j, ParseJson(text));
  Profile p;
  try {
    p.id = j.at("id").get<std::string>();
    p.name = j.at("name").get<std::string>();
    p.break_after = std::chrono::minutes(j.at("break_after_minutes").get<int>());
    p.break_warning = std::chrono::minutes(j.at("break_warning_minutes").get<int>());
    p.break_min = std::chrono::minutes(j.at("break_min_minutes").get<int>());
    p.max_duration = std::chrono::minutes(j.at("max_duration_minutes").get<int>());
    p.max_extension = std::chrono::minutes(j.at("max_extension_minutes").get<int>());
    p.duration_warning = std::chrono::minutes(j.at("duration_warning_minutes").get<int>());
  } catch (const Json::exception& e) {
    return InvalidArgument(std::string("a profile is malformed: ") + e.what());
  }
  return p;
}

}  // namespace

Result<Profile> LoadProfile(std::string_view id) {
  for (const auto& p : kProfiles) {
    if (p.id == id) return Parse(p.json());
  }
  std::string known;
  for (const auto& p : kProfiles) known += (known.empty() ? "" : ", ") + std::string(p.id);
  return NotFound("There is no jurisdiction profile '" + std::string(id) + "'; known: " + known);
}

std::vector<std::string> ProfileIds() {
  std::vector<std::string> ids;
  for (const auto& p : kProfiles) ids.emplace_back(p.id);
  return ids;
}

}  // namespace verbatim::interview
