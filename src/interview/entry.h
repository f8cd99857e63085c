#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"

namespace verbatim::interview {

/// The kinds of entry in an interview record (docs/formats/interview-record.md).
enum class EntryKind {
  kStart,
  kEnd,
  kChecklist,
  kQuestion,
  kAnswer,
  kObservation,       // CH-7.3
  kRemark,            // CH-6, CH-12.3
  kInterpreterIssue,  // CH-7.2
  kPresence,          // CH-1.1, CH-4
  kBreakStart,        // CH-11.1
  kBreakEnd,
  kWarning,    // CH-5.2
  kIncident,   // CH-5
  kExtension,  // CH-11.2
  kCorrection, // CH-7.1
  kCoiReference,  // AS-5: a COI passage cited beside the record
};

/// "start", "end", "checklist", "question", "answer", "observation", "remark",
/// "interpreter_issue", "presence", "break_start", "break_end", "warning", "incident",
/// "extension", "correction", "coi_reference".
std::string_view EntryKindName(EntryKind kind);
std::optional<EntryKind> ParseEntryKind(std::string_view name);

/// One entry of the append-only record. Fields that do not belong to the entry's kind are empty.
struct Entry {
  std::int64_t seq = 0;  // 1, 2, … in the order entries were committed
  TimePoint at;          // when the server committed it
  EntryKind kind = EntryKind::kObservation;
  std::string by;        // officer, applicant, lawyer, trusted_person, guardian, interpreter
  std::string text;      // verbatim, any script, exactly as typed

  std::string outcome;        // end: completed | ended_conflict_of_interest | ended_disruption |
                              //      to_be_continued
  std::string item;           // checklist: CH-3.1 … CH-3.10, CH-6, CH-12.1 … CH-12.3
  std::string status;         // checklist: done | not_applicable (reason in text)
  std::string participant;    // presence: lawyer | trusted_person | guardian | interpreter |
                              //           child | other
  std::string state;          // presence: joined | left | returned
  std::optional<int> age_months;   // presence of a child
  std::string authorization;       // presence of a child over 12 months (CH-4)
  std::string incident;            // incident: conflict_of_interest | disruption
  std::optional<bool> consent;     // extension: the interpreter's consent
  std::string reason;              // extension
  std::optional<std::int64_t> ref; // correction: the seq it corrects
  std::string theme;    // question/answer: a plan theme (identity, persecution, …), CH-2.3
  std::string crucial;  // question/answer: the id of a crucial question of the plan
  // coi_reference (AS-5): the cited passage, and its document as the library described it when
  // the passage was cited (the server fills these in); `text` holds the officer's optional note
  // and `ref` the entry the source is set beside, if any.
  std::string passage_id;
  std::string document_id;
  std::string document_title;
  std::string document_source;
  std::string document_date;

  std::string client_id;  // the client's idempotency key
  std::string author;     // the user who recorded it
  std::string prev_hash;  // hash of the previous entry ("" for the first)
  std::string hash;       // SHA-256 over this entry's fields and prev_hash
};

/// What the notes' header shows about an interview.
struct InterviewInfo {
  std::string id;
  std::string case_id;
  std::string case_number;
  std::string applicant_family_name;
  std::string applicant_given_names;
  std::string applicant_names_original_script;
  std::string officer;           // username of the protection officer
  std::string interpreter_code;  // never the interpreter's name (CH-3.1)
  std::string language;          // ISO 639 code of the interview language
  std::string location;
  std::string planned_start;     // RFC 3339
};

/// One line of an annex to the notes: what it is about, and what it says.
struct AnnexLine {
  std::string label;  // "Themes not covered"
  std::string text;   // "persecution, evidence"
};

/// A whole interview: its header and its entries in seq order.
struct InterviewRecord {
  InterviewInfo info;
  std::vector<Entry> entries;
  /// The completeness report (AS-4, CH-12.1) printed as an annex after the notes; none when empty.
  std::vector<AnnexLine> completeness_annex;
};

}  // namespace verbatim::interview
