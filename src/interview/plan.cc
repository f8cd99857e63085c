#include "interview/plan.h"

#include <algorithm>
#include <set>

#include "base/text.h"

namespace verbatim::interview {
namespace {

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string Joined(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& v : list) out += (out.empty() ? "" : ", ") + v;
  return out;
}

Result<std::string> Text(const Json& j, const char* field, const std::string& path) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return std::string();
  if (!it->is_string()) return InvalidArgument("'" + path + "' must be a string");
  const std::string value = it->get<std::string>();
  if (!IsValidUtf8(value)) return InvalidArgument("'" + path + "' is not valid UTF-8");
  return value;
}

}  // namespace

const std::vector<std::string>& PlanThemes() {
  static const std::vector<std::string> themes = {"identity", "persecution", "fear_on_return",
                                                  "evidence"};
  return themes;
}

const std::vector<std::string>& PlanFlags() {
  static const std::vector<std::string> flags = {
      "possible_exclusion", "unaccompanied_minor", "traumatised", "gender_related",
      "sexual_orientation_gender_identity", "victim_of_violence", "other"};
  return flags;
}

Json PlanToJson(const InterviewPlan& plan) {
  Json crucial = Json::array();
  for (const auto& q : plan.crucial_questions) {
    crucial.push_back({{"id", q.id}, {"text", q.text}, {"theme", q.theme}});
  }
  return {{"flags", plan.flags}, {"theme_notes", plan.theme_notes},
          {"crucial_questions", crucial}, {"notes", plan.notes}};
}

Result<InterviewPlan> PlanFromJson(const Json& j) {
  if (!j.is_object()) return InvalidArgument("a plan must be a JSON object");
  InterviewPlan plan;
  if (auto flags = j.find("flags"); flags != j.end() && !flags->is_null()) {
    if (!flags->is_array()) return InvalidArgument("'flags' must be a list");
    for (const auto& f : *flags) {
      if (!f.is_string() || !Contains(PlanFlags(), f.get<std::string>())) {
        return InvalidArgument("'flags' may hold only: " + Joined(PlanFlags()));
      }
      if (!Contains(plan.flags, f.get<std::string>())) plan.flags.push_back(f.get<std::string>());
    }
  }
  if (auto notes = j.find("theme_notes"); notes != j.end() && !notes->is_null()) {
    if (!notes->is_object()) return InvalidArgument("'theme_notes' must be an object by theme");
    for (const auto& [theme, text] : notes->items()) {
      if (!Contains(PlanThemes(), theme)) {
        return InvalidArgument("'theme_notes' has the unknown theme '" + theme + "'; use " +
                               Joined(PlanThemes()));
      }
      VB_ASSIGN_OR_RETURN(plan.theme_notes[theme], Text(*notes, theme.c_str(), "theme_notes." + theme));
    }
  }
  std::set<std::string> ids;
  if (auto list = j.find("crucial_questions"); list != j.end() && !list->is_null()) {
    if (!list->is_array()) return InvalidArgument("'crucial_questions' must be a list");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& q = (*list)[i];
      const std::string path = "crucial_questions[" + std::to_string(i) + "]";
      if (!q.is_object()) return InvalidArgument("'" + path + "' must be an object");
      CrucialQuestion c;
      VB_ASSIGN_OR_RETURN(c.id, Text(q, "id", path + ".id"));
      VB_ASSIGN_OR_RETURN(c.text, Text(q, "text", path + ".text"));
      VB_ASSIGN_OR_RETURN(c.theme, Text(q, "theme", path + ".theme"));
      if (c.id.empty()) c.id = "q" + std::to_string(i + 1);
      const bool id_ok = c.id.size() <= 32 && std::all_of(c.id.begin(), c.id.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
      });
      if (!id_ok) return InvalidArgument("'" + path + ".id' may hold only a-z, 0-9, '_' and '-'");
      if (!ids.insert(c.id).second) return InvalidArgument("'" + path + ".id' '" + c.id + "' is used twice");
      if (Trim(c.text).empty()) return InvalidArgument("'" + path + ".text' is empty");
      if (!c.theme.empty() && !Contains(PlanThemes(), c.theme)) {
        return InvalidArgument("'" + path + ".theme' is '" + c.theme + "'; use " + Joined(PlanThemes()));
      }
      plan.crucial_questions.push_back(std::move(c));
    }
  }
  VB_ASSIGN_OR_RETURN(plan.notes, Text(j, "notes", "notes"));
  return plan;
}

}  // namespace verbatim::interview
