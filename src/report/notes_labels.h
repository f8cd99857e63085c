#pragma once

#include <span>
#include <string>
#include <string_view>

namespace verbatim::report {

/// A charter checklist item and the short English label the notes print beside its id.
struct ChecklistItem {
  std::string_view id;     // "CH-3.1", as in Entry::item
  std::string_view label;  // "Introductions and roles"
};

/// CH-3.1 … CH-3.10, in the order the charter lists them.
std::span<const ChecklistItem> OpeningChecklist();
/// CH-6, CH-12.1 … CH-12.3.
std::span<const ChecklistItem> ClosingChecklist();
/// The label of `id`, or "" for an id the charter does not have.
std::string_view ChecklistLabel(std::string_view id);

/// "Protection officer", "Applicant", "Lawyer", "Trusted person", "Guardian", "Interpreter",
/// "Child", "Other" for the role names of Entry::by and Entry::participant; unknown roles as given.
std::string RoleName(std::string_view role);

/// The sentence for an end outcome: "Completed", "Ended: conflict of interest (CH-5.1)", ….
std::string OutcomeText(std::string_view outcome);

/// "Arabic (ar)" for the languages asylum interviews are commonly held in; the bare code for
/// others, so that an unlisted language is shown rather than guessed.
std::string LanguageName(std::string_view iso639);

}  // namespace verbatim::report
