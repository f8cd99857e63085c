#include "report/interview_notes_pdf.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "base/text.h"
#include "report/notes_sections.h"
#include "report/notes_time.h"
#include "report/pdf_flow.h"

namespace verbatim::report {
namespace {

using interview::Entry;
using interview::EntryKind;
using interview::InterviewRecord;

constexpr std::string_view kTitle = "Notes of the personal interview";

// Messages name entries by seq only: a Status never carries personal data.
Status Validate(const InterviewRecord& record) {
  const interview::InterviewInfo& info = record.info;
  for (const std::string* field :
       {&info.id, &info.case_id, &info.case_number, &info.applicant_family_name,
        &info.applicant_given_names, &info.applicant_names_original_script, &info.officer,
        &info.interpreter_code, &info.language, &info.location, &info.planned_start}) {
    if (!IsValidUtf8(*field)) return InvalidArgument("the interview's header is not valid UTF-8");
  }
  std::unordered_set<std::int64_t> seen;
  std::int64_t previous = 0;
  for (const Entry& e : record.entries) {
    const std::string where = "entry " + std::to_string(e.seq);
    if (!seen.empty() && e.seq <= previous) {
      return InvalidArgument(where + " is out of seq order; the notes follow the record's order");
    }
    for (const std::string* field : {&e.by, &e.text, &e.outcome, &e.item, &e.status, &e.participant,
                                     &e.state, &e.authorization, &e.incident, &e.reason, &e.hash}) {
      if (!IsValidUtf8(*field)) return InvalidArgument(where + " holds text that is not UTF-8");
    }
    // CH-7.1: a correction must show the original it corrects, so that original must exist.
    if (e.kind == EntryKind::kCorrection && (!e.ref || !seen.contains(*e.ref))) {
      return InvalidArgument(where + " corrects an entry that is not earlier in the record");
    }
    seen.insert(e.seq);
    previous = e.seq;
  }
  return Status::Ok();
}

// The PDF's creation date is the time of the last entry (else the planned start), never the
// time of rendering, so that the same record always gives the same bytes.
std::string CreateDate(const InterviewRecord& record, const NotesTime& time) {
  if (!record.entries.empty()) return FormatRfc3339(record.entries.back().at).substr(0, 19) + "Z";
  if (time.planned_start()) return FormatRfc3339(*time.planned_start()).substr(0, 19) + "Z";
  return "1970-01-01T00:00:00Z";
}

}  // namespace

Result<std::string> RenderInterviewNotesPdf(const InterviewRecord& record) {
  VB_RETURN_IF_ERROR(Validate(record));
  const NotesTime time = NotesTime::FromPlannedStart(record.info.planned_start);
  VB_ASSIGN_OR_RETURN(
      auto flow, PdfFlow::Create({std::string(kTitle) + " " + record.info.case_number, "Verbatim",
                                  CreateDate(record, time)}));
  VB_RETURN_IF_ERROR(AddHeader(*flow, record, time));
  VB_RETURN_IF_ERROR(AddOpening(*flow, record, time));
  VB_RETURN_IF_ERROR(AddCourse(*flow, record, time));
  VB_RETURN_IF_ERROR(AddClosing(*flow, record, time));
  VB_RETURN_IF_ERROR(AddCompletenessAnnex(*flow, record));

  const std::string left = "Case " + record.info.case_number + "  ·  " + std::string(kTitle);
  std::string final_note = "The record holds no entries.";
  if (!record.entries.empty()) {
    const Entry& last = record.entries.back();
    final_note = "Final hash of the record (entry #" + std::to_string(last.seq) +
                 "): " + (last.hash.empty() ? "none recorded" : last.hash);
  }
  return flow->Finish([&](int page, int page_count) {
    return PageFooter{left, "Page " + std::to_string(page) + " of " + std::to_string(page_count),
                      page == page_count ? final_note : ""};
  });
}

}  // namespace verbatim::report
