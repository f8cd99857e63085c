#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/json.h"
#include "base/result.h"

namespace verbatim::interview {

/// The four themes of an interview plan (CH-2.3); entries may be tagged with one.
const std::vector<std::string>& PlanThemes();  // identity, persecution, fear_on_return, evidence
/// The specific profiles flagged at preparation (CH-2.2).
const std::vector<std::string>& PlanFlags();

/// A crucial question or element to clarify (CH-2.3), with a short stable id entries refer to.
struct CrucialQuestion {
  std::string id;     // "q1", "route", …: [a-z0-9_-], unique in the plan
  std::string text;
  std::string theme;  // one of PlanThemes(), or ""
};

/// The plan of an interview, written before it (CH-2.1 … CH-2.3). Flexible: it guides, it does
/// not block.
struct InterviewPlan {
  std::vector<std::string> flags;                  // from PlanFlags()
  std::map<std::string, std::string> theme_notes;  // theme → what to cover
  std::vector<CrucialQuestion> crucial_questions;
  std::string notes;
};

Json PlanToJson(const InterviewPlan& plan);
/// InvalidArgument naming the field for an unknown theme or flag, a duplicate or malformed id.
Result<InterviewPlan> PlanFromJson(const Json& json);

}  // namespace verbatim::interview
