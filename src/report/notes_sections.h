#pragma once

#include <span>
#include <string>

#include "base/status.h"
#include "interview/entry.h"
#include "report/notes_labels.h"
#include "report/notes_time.h"
#include "report/pdf_flow.h"

namespace verbatim::report {

// The parts of the interview notes, each appended to `flow` in this order. docs/formats/
// interview-notes-pdf.md describes what each shows and why.

/// Title, case, applicant, date, place, participants by role, language, time zone.
Status AddHeader(PdfFlow& flow, const interview::InterviewRecord& record, const NotesTime& time);
/// The CH-3 opening checklist: each item done, not applicable with its reason, or not recorded.
Status AddOpening(PdfFlow& flow, const interview::InterviewRecord& record, const NotesTime& time);
/// Every entry in seq order, verbatim (notes_course.cc).
Status AddCourse(PdfFlow& flow, const interview::InterviewRecord& record, const NotesTime& time);
/// The CH-6/CH-12 closing checklist, the remarks, start, end, duration and outcome (CH-12.4).
Status AddClosing(PdfFlow& flow, const interview::InterviewRecord& record, const NotesTime& time);

/// The completeness report as an annex (AS-4, CH-12.1), when the record carries one.
Status AddCompletenessAnnex(PdfFlow& flow, const interview::InterviewRecord& record);

/// A section heading that stays with the row after it.
Row SectionHeading(std::string title);

}  // namespace verbatim::report
