// The annex after the notes: the completeness report (AS-4, CH-12.1), so that a reader of the
// notes sees what the officer saw was still open when the interview closed.
#include "report/notes_sections.h"

namespace verbatim::report {

Status AddCompletenessAnnex(PdfFlow& flow, const interview::InterviewRecord& record) {
  if (record.completeness_annex.empty()) return Status::Ok();
  VB_RETURN_IF_ERROR(flow.Add(SectionHeading("Annex: completeness of the interview")));
  constexpr double kLabelWidth = 170;
  for (const auto& line : record.completeness_annex) {
    Row row;
    row.cells.push_back({RichText(line.label), 0, kLabelWidth, Font::kBody});
    row.cells.push_back({RichText(line.text), kLabelWidth + 10,
                         PdfFlow::ContentWidth() - kLabelWidth - 10, Font::kBody});
    row.flowing_cell = 1;
    row.space_before = 4;
    VB_RETURN_IF_ERROR(flow.Add(row));
  }
  return Status::Ok();
}

}  // namespace verbatim::report
