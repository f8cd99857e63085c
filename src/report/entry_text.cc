#include "report/entry_text.h"

#include <string>

#include "report/notes_labels.h"

namespace verbatim::report {
namespace {

using interview::Entry;
using interview::EntryKind;

void AddParagraph(RichText& out, std::string_view text, unsigned style = kPlain) {
  if (text.empty()) return;
  out.NewParagraph().Add(text, style);
}

std::string Seq(std::int64_t seq) { return "#" + std::to_string(seq); }

std::string Plural(long long n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

// "8 months", "2 years", "2 years 6 months": as precise as the record, which counts months.
std::string Age(int months) {
  if (months < 24) return Plural(months, "month");
  std::string out = Plural(months / 12, "year");
  if (months % 12 != 0) out += " " + Plural(months % 12, "month");
  return out;
}

// The role that speaks when none is named: the officer asks, the applicant answers.
std::string_view DefaultSpeaker(EntryKind kind) {
  return kind == EntryKind::kQuestion ? "officer" : "applicant";
}

}  // namespace

EntryDescriber::EntryDescriber(const interview::InterviewRecord& record, const NotesTime& time)
    : time_(time) {
  const Entry* open_break = nullptr;
  for (const Entry& e : record.entries) {
    by_seq_[e.seq] = &e;
    if (e.kind == EntryKind::kCorrection && e.ref) corrections_of_[*e.ref].push_back(&e);
    if (e.kind == EntryKind::kBreakStart) {
      open_break = &e;
    } else if (e.kind == EntryKind::kBreakEnd && open_break != nullptr) {
      break_start_for_end_[e.seq] = open_break;
      break_end_for_start_[open_break->seq] = &e;
      open_break = nullptr;
    }
  }
}

const Entry* EntryDescriber::Find(std::int64_t seq) const {
  const auto it = by_seq_.find(seq);
  return it == by_seq_.end() ? nullptr : it->second;
}

EntryText EntryDescriber::Describe(const Entry& entry) const {
  EntryText out{Label(entry), Body(entry)};
  // CH-7.1: the original stays as it was recorded; it only points forward to its corrections.
  if (const auto it = corrections_of_.find(entry.seq); it != corrections_of_.end()) {
    for (const Entry* correction : it->second) {
      AddParagraph(
          out.body,
          "Corrected in entry " + Seq(correction->seq) + " (" + time_.Clock(correction->at) + ").",
          kSmall | kMuted);
    }
  }
  return out;
}

RichText EntryDescriber::Label(const Entry& entry) const {
  RichText label;
  switch (entry.kind) {
    case EntryKind::kQuestion:
    case EntryKind::kAnswer:
      // CH-7.1: questions and answers are told apart at a glance.
      label.Add(entry.kind == EntryKind::kQuestion ? "Q" : "A", kBold);
      if (!entry.by.empty() && entry.by != DefaultSpeaker(entry.kind)) {
        label.NewParagraph().Add(RoleName(entry.by), kSmall | kMuted);
      }
      return label;
    case EntryKind::kRemark:
      label.Add("Remark", kSmall);
      if (!entry.by.empty()) label.NewParagraph().Add(RoleName(entry.by), kSmall | kMuted);
      return label;
    case EntryKind::kWarning:
      return RichText("Warning", kSmall | kBold);
    case EntryKind::kIncident:
      return RichText("Incident", kSmall | kBold);
    case EntryKind::kStart:
      return RichText("Start", kSmall);
    case EntryKind::kEnd:
      return RichText("End", kSmall);
    case EntryKind::kChecklist:
      return RichText("Checklist", kSmall);
    case EntryKind::kObservation:
      return RichText("Observation", kSmall | kItalic);
    case EntryKind::kInterpreterIssue:
      return RichText("Interpreting", kSmall);
    case EntryKind::kPresence:
      return RichText("Presence", kSmall);
    case EntryKind::kBreakStart:
    case EntryKind::kBreakEnd:
      return RichText("Break", kSmall);
    case EntryKind::kExtension:
      return RichText("Extension", kSmall);
    case EntryKind::kCorrection:
      return RichText("Correction", kSmall | kBold);
    case EntryKind::kCoiReference:
      return RichText("Source", kSmall);
  }
  return RichText(std::string(interview::EntryKindName(entry.kind)), kSmall);
}

RichText EntryDescriber::Body(const Entry& entry) const {
  RichText body;
  switch (entry.kind) {
    case EntryKind::kQuestion:
    case EntryKind::kAnswer:
    case EntryKind::kRemark:
    case EntryKind::kInterpreterIssue:
      body.Add(entry.text);
      return body;
    case EntryKind::kObservation:
      // CH-7.3: observations are set apart from declarations.
      body.Add(entry.text, kItalic);
      return body;
    case EntryKind::kStart:
      body.Add("The interview started.");
      break;
    case EntryKind::kEnd:
      body.Add("The interview ended. Outcome: " + OutcomeText(entry.outcome) + ".");
      break;
    case EntryKind::kChecklist: {
      const std::string_view label = ChecklistLabel(entry.item);
      std::string line = entry.item;
      if (!label.empty()) line += " " + std::string(label);
      if (entry.status == "done") {
        line += ": done.";
      } else if (entry.status == "not_applicable") {
        line += ": not applicable.";
      } else {
        line += ": " + entry.status + ".";
      }
      body.Add(line);
      break;
    }
    case EntryKind::kPresence:
      return PresenceBody(entry);
    case EntryKind::kBreakStart:
    case EntryKind::kBreakEnd:
      return BreakBody(entry);
    case EntryKind::kWarning:
      body.Add("Warning given (CH-5.2).", kBold);
      break;
    case EntryKind::kIncident:
      if (entry.incident == "conflict_of_interest") {
        body.Add("Incident: conflict of interest (CH-5.1).", kBold);
      } else if (entry.incident == "disruption") {
        body.Add("Incident: aggression or disruption (CH-5.2).", kBold);
      } else {
        body.Add("Incident" + (entry.incident.empty() ? "" : ": " + entry.incident) + ".", kBold);
      }
      break;
    case EntryKind::kExtension:
      // CH-11.2: both the file's need (the reason) and the interpreter's consent are recorded.
      body.Add("The interview is extended beyond its maximum duration (CH-11.2). ");
      if (!entry.consent) {
        body.Add("The interpreter's consent is not recorded.", kBold);
      } else if (*entry.consent) {
        body.Add("The interpreter consents.");
      } else {
        body.Add("The interpreter does not consent.", kBold);
      }
      if (!entry.reason.empty()) {
        body.NewParagraph().Add("Reason:", kSmall | kMuted);
        AddParagraph(body, entry.reason);
      }
      break;
    case EntryKind::kCorrection:
      return CorrectionBody(entry);
    case EntryKind::kCoiReference:
      return CitedSourceBody(entry);
  }
  AddParagraph(body, entry.text);
  return body;
}

RichText EntryDescriber::PresenceBody(const Entry& entry) const {
  RichText body;
  const bool child = entry.participant == "child";
  const std::string who = child ? "The child" : RoleName(entry.participant);
  if (child && entry.state == "joined") {
    // CH-4: a child in the room is recorded with its age, and over 12 months with the
    // officer's exceptional authorisation.
    std::string line = "A child is present";
    if (entry.age_months) line += " (" + Age(*entry.age_months) + " old)";
    body.Add(line + ".");
    if (!entry.authorization.empty()) {
      body.NewParagraph().Add("Exceptional authorisation (CH-4):", kSmall | kMuted);
      AddParagraph(body, entry.authorization);
    } else if (!entry.age_months || *entry.age_months >= 12) {
      body.Add(" No authorisation is recorded (CH-4).", kBold);
    }
  } else if (entry.state == "joined") {
    body.Add(who + " joined.");
  } else if (entry.state == "left") {
    body.Add(who + " left.");
  } else if (entry.state == "returned") {
    body.Add(who + " returned.");
  } else {
    body.Add(who + ": " + entry.state + ".");
  }
  AddParagraph(body, entry.text);
  return body;
}

RichText EntryDescriber::BreakBody(const Entry& entry) const {
  RichText body;
  if (entry.kind == EntryKind::kBreakStart) {
    body.Add(break_end_for_start_.contains(entry.seq) ? "Break started."
                                                      : "Break started; no end is recorded.");
  } else if (const auto it = break_start_for_end_.find(entry.seq);
             it != break_start_for_end_.end()) {
    const Entry& start = *it->second;
    body.Add("Break from " + time_.Clock(start.at) + " to " + time_.Clock(entry.at) + " (" +
             FormatDuration(NotesTime::Between(start.at, entry.at)) + ").");
  } else {
    body.Add("Break ended; no start is recorded.");
  }
  AddParagraph(body, entry.text);
  return body;
}

RichText EntryDescriber::CorrectionBody(const Entry& entry) const {
  RichText body;
  const Entry* original = entry.ref ? Find(*entry.ref) : nullptr;
  if (original == nullptr) {
    // Validation refuses such records; this keeps the text honest if it is ever reached.
    body.Add("Correction of an entry that is not in the record.", kBold);
    AddParagraph(body, entry.text);
    return body;
  }
  // CH-7.1: the original stays visible, struck through, above the correction.
  std::string kind(interview::EntryKindName(original->kind));
  for (char& c : kind) {
    if (c == '_') c = ' ';
  }
  body.Add("Correction of entry " + Seq(original->seq) + " (" + kind + ", " +
               time_.Clock(original->at) + "). As first recorded:",
           kSmall | kMuted);
  if (original->text.empty()) {
    body.NewParagraph().Add("(no text)", kSmall | kMuted);
  } else {
    AddParagraph(body, original->text, kStrike);
  }
  body.NewParagraph().Add("Corrected to:", kSmall | kMuted);
  AddParagraph(body, entry.text);
  return body;
}

// AS-5: a COI passage the officer set beside the record, cited as the library described it when
// it was cited. The note is the officer's; the notes say nothing of their own about it.
RichText EntryDescriber::CitedSourceBody(const Entry& entry) const {
  RichText body;
  body.Add("Cited source: ", kSmall | kMuted);
  body.Add(entry.document_title.empty() ? std::string("(untitled document)") : entry.document_title,
           kItalic);
  std::string details;
  if (!entry.document_source.empty()) details = entry.document_source;
  if (!entry.document_date.empty()) details += (details.empty() ? "" : ", ") + entry.document_date;
  if (!details.empty()) body.Add(" (" + details + ")");
  body.Add(". Passage " + entry.passage_id + ".", kSmall);
  if (entry.ref) {
    const Entry* beside = Find(*entry.ref);
    std::string line = "Set beside entry " + Seq(*entry.ref);
    if (beside != nullptr) line += " (" + time_.Clock(beside->at) + ")";
    body.NewParagraph().Add(line + ".", kSmall | kMuted);
  }
  if (!entry.text.empty()) {
    body.NewParagraph().Add("Officer's note:", kSmall | kMuted);
    AddParagraph(body, entry.text);
  }
  return body;
}

}  // namespace verbatim::report
