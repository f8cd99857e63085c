#pragma once

#include <string>

#include "base/result.h"
#include "interview/entry.h"

namespace verbatim::report {

/// The notes of `record` as a PDF document (bytes). Pure: reads nothing but its input (and the
/// installed Noto fonts), and the same record gives the same bytes.
///
/// A4 portrait: a header (case, applicant, date, place, participants by role with the
/// interpreter by code only, language), the CH-3 opening checklist, every entry in seq order
/// verbatim, the closing (CH-6, CH-12) and on every page "Page x of y" and the case number; the
/// last page carries the record's final hash. docs/formats/interview-notes-pdf.md has the details.
///
/// Fails with kInvalidArgument when the record cannot be printed faithfully: text that is not
/// UTF-8, entries out of seq order, a correction of an entry that is not earlier in the record.
/// Thread-safe: concurrent calls share nothing.
Result<std::string> RenderInterviewNotesPdf(const interview::InterviewRecord& record);

}  // namespace verbatim::report
