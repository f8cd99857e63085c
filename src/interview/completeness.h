#pragma once

#include <string>
#include <vector>

#include "base/json.h"
#include "interview/charter_policy.h"
#include "interview/entry.h"
#include "interview/plan.h"

namespace verbatim::interview {

/// What is still missing from an interview (AS-4, CH-12.1), shown before closing and printed as
/// an annex to the notes.
struct Completeness {
  std::vector<std::string> uncovered_themes;           // no question or answer tagged with them
  std::vector<CrucialQuestion> unanswered_crucial;     // no answer tagged with, or following, them
  std::vector<std::string> open_opening_items;         // CH-3
  std::vector<std::string> open_closing_items;         // CH-6, CH-12
  std::vector<std::string> missing_facts;              // sentences, each naming its rule

  bool complete() const;
  Json ToJson() const;
};

/// The report as lines of the annex to the notes; "Complete" when nothing is missing.
std::vector<AnnexLine> ToAnnex(const Completeness& completeness);

/// An answer counts for the theme and crucial question of its own tags, or else of the question
/// it follows (the officer tags the question; the answer inherits).
Completeness CheckCompleteness(const InterviewPlan& plan, const std::vector<Entry>& entries,
                               const InterviewState& state);

}  // namespace verbatim::interview
