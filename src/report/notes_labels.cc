#include "report/notes_labels.h"

#include <array>
#include <utility>

namespace verbatim::report {
namespace {

constexpr std::array<ChecklistItem, 10> kOpening = {{
    {"CH-3.1", "Introductions and roles"},
    {"CH-3.2", "Applicant and interpreter understand each other"},
    {"CH-3.3", "Procedure and appeal explained"},
    {"CH-3.4", "Elected address unchanged"},
    {"CH-3.5", "Breaks, water, no smoking"},
    {"CH-3.6", "Course and aim of the interview"},
    {"CH-3.7", "Confidentiality"},
    {"CH-3.8", "Duty to cooperate and tell the truth"},
    {"CH-3.9", "Lawyer may not intervene until the end"},
    {"CH-3.10", "Copy of the notes and comments deadlines"},
}};

constexpr std::array<ChecklistItem, 4> kClosing = {{
    {"CH-6", "Lawyer/trusted person asked to add something"},
    {"CH-12.1", "Notes reviewed; crucial elements established"},
    {"CH-12.2", "Applicant asked about points not raised (fear on return)"},
    {"CH-12.3", "Lawyer's remarks recorded"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kRoles = {{
    {"officer", "Protection officer"},
    {"applicant", "Applicant"},
    {"lawyer", "Lawyer"},
    {"trusted_person", "Trusted person"},
    {"guardian", "Guardian"},
    {"interpreter", "Interpreter"},
    {"child", "Child"},
    {"supervisor", "Supervisor"},
    {"other", "Other"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kOutcomes = {{
    {"completed", "Completed"},
    {"ended_conflict_of_interest", "Ended: conflict of interest (CH-5.1)"},
    {"ended_disruption", "Ended: aggression or disruption (CH-5.2)"},
    {"to_be_continued", "To be continued on a new date (CH-11.3)"},
}};

// The interview languages most often heard at European asylum authorities; ISO 639-1.
constexpr std::array<std::pair<std::string_view, std::string_view>, 30> kLanguages = {{
    {"am", "Amharic"}, {"ar", "Arabic"},   {"bn", "Bengali"},    {"de", "German"},
    {"en", "English"}, {"es", "Spanish"},  {"fa", "Persian"},    {"fr", "French"},
    {"ha", "Hausa"},   {"hi", "Hindi"},    {"hy", "Armenian"},   {"ka", "Georgian"},
    {"ku", "Kurdish"}, {"ln", "Lingala"},  {"nl", "Dutch"},      {"om", "Oromo"},
    {"pa", "Punjabi"}, {"ps", "Pashto"},   {"pt", "Portuguese"}, {"ro", "Romanian"},
    {"ru", "Russian"}, {"so", "Somali"},   {"sq", "Albanian"},   {"sw", "Swahili"},
    {"ta", "Tamil"},   {"ti", "Tigrinya"}, {"tr", "Turkish"},    {"uk", "Ukrainian"},
    {"ur", "Urdu"},    {"wo", "Wolof"},
}};

template <typename Table>
std::string_view Lookup(const Table& table, std::string_view key) {
  for (const auto& [k, v] : table) {
    if (k == key) return v;
  }
  return {};
}

}  // namespace

std::span<const ChecklistItem> OpeningChecklist() { return kOpening; }
std::span<const ChecklistItem> ClosingChecklist() { return kClosing; }

std::string_view ChecklistLabel(std::string_view id) {
  for (const auto& list : {OpeningChecklist(), ClosingChecklist()}) {
    for (const ChecklistItem& item : list) {
      if (item.id == id) return item.label;
    }
  }
  return {};
}

std::string RoleName(std::string_view role) {
  const std::string_view name = Lookup(kRoles, role);
  return std::string(name.empty() ? role : name);
}

std::string OutcomeText(std::string_view outcome) {
  const std::string_view text = Lookup(kOutcomes, outcome);
  if (!text.empty()) return std::string(text);
  return outcome.empty() ? "Not recorded" : std::string(outcome);
}

std::string LanguageName(std::string_view iso639) {
  const std::string_view name = Lookup(kLanguages, iso639);
  if (name.empty()) return std::string(iso639);
  return std::string(name) + " (" + std::string(iso639) + ")";
}

}  // namespace verbatim::report
