#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "interview/entry.h"
#include "report/notes_time.h"
#include "report/rich_text.h"

namespace verbatim::report {

/// What the notes print for one entry in the course of the interview: a short label ("Q", "A",
/// "Observation", …) and the body. Verbatim text is always a paragraph of its own, so that it
/// keeps its own direction and is never run together with words the notes add.
struct EntryText {
  RichText label;
  RichText body;
};

/// Describes the entries of one record. Holds pointers into `record`, which must outlive it.
/// Pure: the same record gives the same text.
class EntryDescriber {
 public:
  EntryDescriber(const interview::InterviewRecord& record, const NotesTime& time);

  EntryText Describe(const interview::Entry& entry) const;

  /// The entry with sequence number `seq`, or nullptr.
  const interview::Entry* Find(std::int64_t seq) const;

 private:
  RichText Label(const interview::Entry& entry) const;
  RichText Body(const interview::Entry& entry) const;
  RichText PresenceBody(const interview::Entry& entry) const;
  RichText BreakBody(const interview::Entry& entry) const;
  RichText CorrectionBody(const interview::Entry& entry) const;
  RichText CitedSourceBody(const interview::Entry& entry) const;

  const NotesTime& time_;
  std::unordered_map<std::int64_t, const interview::Entry*> by_seq_;
  // CH-7.1: an entry that was corrected says where, so a reader of the original finds the fix.
  std::unordered_map<std::int64_t, std::vector<const interview::Entry*>> corrections_of_;
  // CH-11.1: each break's start and end, paired in order.
  std::unordered_map<std::int64_t, const interview::Entry*> break_start_for_end_;
  std::unordered_map<std::int64_t, const interview::Entry*> break_end_for_start_;
};

}  // namespace verbatim::report
