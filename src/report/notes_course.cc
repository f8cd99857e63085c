// The course of the interview: every entry of the record, in seq order, verbatim.
#include <utility>

#include "report/entry_text.h"
#include "report/notes_sections.h"

namespace verbatim::report {
namespace {

using interview::Entry;
using interview::EntryKind;

// Columns: time and entry number | label | text. Answers sit a little further right, behind a
// rule, so that a reader never takes an answer for a question (CH-7.1).
constexpr double kTimeWidth = 58;
constexpr double kLabelX = 60;
constexpr double kLabelWidth = 58;
constexpr double kTextX = 122;
constexpr double kAnswerIndent = 10;

bool IsAlert(EntryKind kind) { return kind == EntryKind::kWarning || kind == EntryKind::kIncident; }

Row EntryRow(const Entry& entry, const Entry* next, EntryText text, const NotesTime& time) {
  const double text_x = kTextX + (entry.kind == EntryKind::kAnswer ? kAnswerIndent : 0);
  // The entry's number is what a correction refers to ("Correction of entry #16").
  RichText when(time.Clock(entry.at));
  when.Add("  #" + std::to_string(entry.seq), kSmall | kMuted);

  RichText continued;
  if (entry.kind == EntryKind::kQuestion || entry.kind == EntryKind::kAnswer) {
    continued.Add(entry.kind == EntryKind::kQuestion ? "Q" : "A", kBold).NewParagraph();
  }
  continued.Add("continued", kSmall | kMuted);

  Row row;
  row.cells.push_back({std::move(when), 0, kTimeWidth});
  row.cells.push_back({std::move(text.label), kLabelX, kLabelWidth});
  row.cells.push_back({std::move(text.body), text_x, PdfFlow::ContentWidth() - text_x});
  row.flowing_cell = 2;
  row.continuation = Cell{std::move(continued), kLabelX, kLabelWidth};
  // A question opens an exchange: a little more air above it than above its answer.
  row.space_before = entry.kind == EntryKind::kAnswer ? 3 : 7;
  if (entry.kind == EntryKind::kAnswer) row.frame = RowFrame::kLeftRule;
  // A question at the foot of a page goes over with the start of its answer.
  if (entry.kind == EntryKind::kQuestion && next != nullptr && next->kind == EntryKind::kAnswer) {
    row.keep = Keep::kWithNext;
  }
  if (IsAlert(entry.kind)) {
    // CH-5: warnings and incidents must not be missed when the notes are read.
    row.frame = RowFrame::kShaded;
    row.padding = 4;
    row.space_before = 10;
  }
  return row;
}

}  // namespace

Status AddCourse(PdfFlow& flow, const interview::InterviewRecord& record, const NotesTime& time) {
  VB_RETURN_IF_ERROR(flow.Add(SectionHeading("Course of the interview")));
  if (record.entries.empty()) {
    Row row;
    row.cells.push_back(
        {RichText("The record holds no entries.", kMuted), 0, PdfFlow::ContentWidth()});
    return flow.Add(row);
  }
  const EntryDescriber describer(record, time);
  for (std::size_t i = 0; i < record.entries.size(); ++i) {
    const Entry& entry = record.entries[i];
    const Entry* next = i + 1 < record.entries.size() ? &record.entries[i + 1] : nullptr;
    VB_RETURN_IF_ERROR(flow.Add(EntryRow(entry, next, describer.Describe(entry), time)));
  }
  return Status::Ok();
}

}  // namespace verbatim::report
