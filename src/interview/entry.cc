#include "interview/entry.h"

#include <array>
#include <utility>

namespace verbatim::interview {
namespace {

constexpr std::array<std::pair<EntryKind, std::string_view>, 16> kNames = {{
    {EntryKind::kStart, "start"},
    {EntryKind::kEnd, "end"},
    {EntryKind::kChecklist, "checklist"},
    {EntryKind::kQuestion, "question"},
    {EntryKind::kAnswer, "answer"},
    {EntryKind::kObservation, "observation"},
    {EntryKind::kRemark, "remark"},
    {EntryKind::kInterpreterIssue, "interpreter_issue"},
    {EntryKind::kPresence, "presence"},
    {EntryKind::kBreakStart, "break_start"},
    {EntryKind::kBreakEnd, "break_end"},
    {EntryKind::kWarning, "warning"},
    {EntryKind::kIncident, "incident"},
    {EntryKind::kExtension, "extension"},
    {EntryKind::kCorrection, "correction"},
    {EntryKind::kCoiReference, "coi_reference"},
}};

}  // namespace

std::string_view EntryKindName(EntryKind kind) {
  for (const auto& [k, name] : kNames) {
    if (k == kind) return name;
  }
  return "unknown";
}

std::optional<EntryKind> ParseEntryKind(std::string_view name) {
  for (const auto& [k, n] : kNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

}  // namespace verbatim::interview
