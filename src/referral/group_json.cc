// Group members from and to JSON, and a group as CSV (UN-8 mass influx).
#include <algorithm>
#include <array>
#include <string_view>

#include "base/text.h"
#include "cases/iso_codes.h"
#include "referral/group.h"

namespace verbatim::referral {
namespace {

constexpr std::array<std::string_view, 4> kSexes = {"female", "male", "other", "unknown"};
// UN-5, with the names of the Annex 1 form's specific_needs question.
constexpr std::array<std::string_view, 13> kNeeds = {
    "child", "unaccompanied_or_separated_child", "unaccompanied_with_disability",
    "health_problems", "shock_or_distress", "disoriented_unknown_country",
    "controlled_by_companion", "language_barrier", "elderly", "disability",
    "victim_violence_torture", "woman_at_risk", "medical_emergency"};
constexpr std::size_t kMaxMembers = 500;
constexpr std::size_t kMaxName = 300;

template <std::size_t N>
bool OneOf(const std::array<std::string_view, N>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

template <std::size_t N>
std::string Join(const std::array<std::string_view, N>& list) {
  std::string out;
  for (auto v : list) out += (out.empty() ? "" : ", ") + std::string(v);
  return out;
}

Result<GroupMember> MemberFromJson(const Json& j, const std::string& at) {
  if (!j.is_object()) return InvalidArgument(at + " must be an object.");
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    if (k != "name" && k != "sex" && k != "approximate_age" && k != "nationality" &&
        k != "specific_needs") {
      return InvalidArgument(at + "." + k + " is not a field of a member (name, sex, "
                             "approximate_age, nationality, specific_needs).");
    }
  }
  GroupMember m;
  const auto text = [&](const char* key, std::string& out) -> Status {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return Status::Ok();
    if (!it->is_string()) return InvalidArgument(at + "." + key + " must be a string.");
    out = Trim(it->get<std::string>());
    if (!IsValidUtf8(out) || out.size() > kMaxName) {
      return InvalidArgument(at + "." + key + " must be UTF-8 text of at most " +
                             std::to_string(kMaxName) + " bytes.");
    }
    return Status::Ok();
  };
  VB_RETURN_IF_ERROR(text("name", m.name));
  VB_RETURN_IF_ERROR(text("sex", m.sex));
  VB_RETURN_IF_ERROR(text("nationality", m.nationality));
  if (m.name.empty()) return InvalidArgument(at + ".name is required (as the person gives it).");
  if (m.sex.empty()) m.sex = "unknown";
  if (!OneOf(kSexes, m.sex)) {
    return InvalidArgument(at + ".sex '" + m.sex + "' is not one of " + Join(kSexes) + ".");
  }
  if (!m.nationality.empty() && !cases::IsIso3166Alpha2(m.nationality)) {
    return InvalidArgument(at + ".nationality '" + m.nationality +
                           "' is not an ISO 3166-1 alpha-2 code (such as AF); leave it empty when unknown.");
  }
  if (auto it = j.find("approximate_age"); it != j.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() < 0 || it->get<std::int64_t>() > 130) {
      return InvalidArgument(at + ".approximate_age must be a whole number of years from 0 to 130, "
                             "or null when unknown.");
    }
    m.approximate_age = it->get<int>();
  }
  if (auto it = j.find("specific_needs"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return InvalidArgument(at + ".specific_needs must be an array of names.");
    for (std::size_t i = 0; i < it->size(); ++i) {
      const Json& need = (*it)[i];
      if (!need.is_string() || !OneOf(kNeeds, need.get<std::string>())) {
        return InvalidArgument(at + ".specific_needs[" + std::to_string(i) + "] " +
                               (need.is_string() ? "'" + need.get<std::string>() + "' " : "") +
                               "is not a specific need of UN-5 (one of " + Join(kNeeds) + ").");
      }
      const std::string name = need.get<std::string>();
      if (std::find(m.specific_needs.begin(), m.specific_needs.end(), name) == m.specific_needs.end()) {
        m.specific_needs.push_back(name);
      }
    }
  }
  return m;
}

}  // namespace

Result<std::vector<GroupMember>> MembersFromJson(const Json& members) {
  if (!members.is_array() || members.empty()) {
    return InvalidArgument("members must be a non-empty array of people.");
  }
  if (members.size() > kMaxMembers) {
    return InvalidArgument("members holds " + std::to_string(members.size()) +
                           " people; register at most " + std::to_string(kMaxMembers) +
                           " per request and append the rest.");
  }
  std::vector<GroupMember> out;
  for (std::size_t i = 0; i < members.size(); ++i) {
    VB_ASSIGN_OR_RETURN(GroupMember m, MemberFromJson(members[i], "members[" + std::to_string(i) + "]"));
    out.push_back(std::move(m));
  }
  return out;
}

Json GroupToJson(const Group& g, bool with_detail) {
  const auto decision = [](const GroupDecision& d) {
    return Json{{"id", d.id}, {"kind", d.kind}, {"note", d.note}, {"at", FormatRfc3339(d.at)}, {"by", d.by}};
  };
  Json j = {{"id", g.id},
            {"kind", g.kind},
            {"location", g.location},
            {"note", g.note},
            {"created_at", FormatRfc3339(g.created_at)},
            {"created_by", g.created_by},
            {"member_count", g.member_count},
            // UN-8: non-refoulement applies to every member of a group, always.
            {"non_refoulement", true},
            {"determination", g.determination ? decision(*g.determination) : Json(nullptr)}};
  if (with_detail) {
    Json members = Json::array();
    for (const GroupMember& m : g.members) {
      members.push_back({{"seq", m.seq},
                         {"name", m.name},
                         {"sex", m.sex},
                         {"approximate_age", m.approximate_age ? Json(*m.approximate_age) : Json(nullptr)},
                         {"nationality", m.nationality},
                         {"specific_needs", m.specific_needs}});
    }
    Json decisions = Json::array();
    for (const GroupDecision& d : g.decisions) decisions.push_back(decision(d));
    j["members"] = members;
    j["decisions"] = decisions;
  }
  return j;
}

std::string CsvField(const std::string& raw) {
  // A spreadsheet runs a cell that begins with = + - @ (or a tab or CR before one) as a formula:
  // a typed name like "=HYPERLINK(...)" would act when the list is opened. OWASP's remedy: a
  // leading apostrophe, which spreadsheets show as text and do not display.
  const bool formula = !raw.empty() && std::string_view("=+-@\t\r").find(raw.front()) != std::string_view::npos;
  const std::string value = formula ? "'" + raw : raw;
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string GroupToCsv(const Group& g) {
  std::string out =
      "group_id,group_kind,location,determination,member,name,sex,approximate_age,nationality,"
      "specific_needs\r\n";
  const std::string determination = g.determination ? g.determination->kind : "";
  for (const GroupMember& m : g.members) {
    std::string needs;
    for (const auto& n : m.specific_needs) needs += (needs.empty() ? "" : ";") + n;
    const std::string fields[] = {g.id, g.kind, g.location, determination, std::to_string(m.seq),
                                  m.name, m.sex,
                                  m.approximate_age ? std::to_string(*m.approximate_age) : "",
                                  m.nationality, needs};
    for (std::size_t i = 0; i < std::size(fields); ++i) out += (i ? "," : "") + CsvField(fields[i]);
    out += "\r\n";
  }
  return out;
}

}  // namespace verbatim::referral
