// The parts of the notes around the course of the interview: the header, the opening checklist
// and the closing.
#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/notes_sections.h"

namespace verbatim::report {
namespace {

using interview::Entry;
using interview::EntryKind;
using interview::InterviewRecord;

constexpr double kKeyWidth = 140;
constexpr double kValueX = 148;
constexpr double kItemWidth = 48;
constexpr double kItemLabelX = 52;
constexpr double kItemLabelWidth = 220;
constexpr double kItemStatusX = 280;

RichText Text(std::string_view s, unsigned style = kPlain) { return RichText(s, style); }

RichText OrNotRecorded(std::string_view value) {
  return value.empty() ? Text("Not recorded", kMuted) : Text(value);
}

Row KeyValue(std::string_view key, RichText value) {
  const double width = PdfFlow::ContentWidth();
  Row row;
  row.cells.push_back({Text(key, kMuted), 0, kKeyWidth});
  row.cells.push_back({std::move(value), kValueX, width - kValueX, Font::kBody, Align::kLeft});
  row.flowing_cell = 1;
  row.space_before = 2.5;
  return row;
}

Row SubHeading(std::string_view title) {
  Row row;
  row.cells.push_back({Text(title, kBold), 0, PdfFlow::ContentWidth()});
  row.keep = Keep::kWithNext;
  row.space_before = 10;
  return row;
}

const Entry* FirstOf(const InterviewRecord& record, EntryKind kind) {
  for (const Entry& e : record.entries) {
    if (e.kind == kind) return &e;
  }
  return nullptr;
}

const Entry* LastOf(const InterviewRecord& record, EntryKind kind) {
  const Entry* last = nullptr;
  for (const Entry& e : record.entries) {
    if (e.kind == kind) last = &e;
  }
  return last;
}

// CH-1.1: every arrival, absence and return of a participant, with its time.
std::string PresenceTimeline(const InterviewRecord& record, std::string_view participant,
                             const NotesTime& time) {
  std::string out;
  for (const Entry& e : record.entries) {
    if (e.kind != EntryKind::kPresence || e.participant != participant) continue;
    if (!out.empty()) out += ", ";
    out += e.state + " " + time.Clock(e.at);
  }
  return out;
}

// The last confirmation of each checklist item: a later entry for the same item supersedes an
// earlier one in the summary (both stay in the course of the interview).
std::map<std::string, const Entry*, std::less<>> LatestChecklist(const InterviewRecord& record) {
  std::map<std::string, const Entry*, std::less<>> latest;
  for (const Entry& e : record.entries) {
    if (e.kind == EntryKind::kChecklist) latest[e.item] = &e;
  }
  return latest;
}

Status AddChecklist(PdfFlow& flow, std::span<const ChecklistItem> items,
                    const InterviewRecord& record, const NotesTime& time) {
  const auto latest = LatestChecklist(record);
  for (const ChecklistItem& item : items) {
    RichText status;
    const auto it = latest.find(item.id);
    if (it == latest.end()) {
      // CH-3: an item neither confirmed nor marked not applicable must show as missing.
      status.Add("Not recorded", kBold);
    } else {
      const Entry& e = *it->second;
      if (e.status == "done") {
        status.Add("Done");
      } else if (e.status == "not_applicable") {
        status.Add("Not applicable");
      } else {
        status.Add(e.status);
      }
      status.Add("  " + time.Clock(e.at), kSmall | kMuted);
      if (!e.text.empty()) status.NewParagraph().Add(e.text);
    }
    Row row;
    row.cells.push_back({Text(item.id, kMuted), 0, kItemWidth});
    row.cells.push_back({Text(item.label), kItemLabelX, kItemLabelWidth});
    row.cells.push_back({std::move(status), kItemStatusX, PdfFlow::ContentWidth() - kItemStatusX});
    row.flowing_cell = 2;
    row.space_before = 2.5;
    VB_RETURN_IF_ERROR(flow.Add(row));
  }
  return Status::Ok();
}

}  // namespace

Row SectionHeading(std::string title) {
  Row row;
  row.cells.push_back({Text(title), 0, PdfFlow::ContentWidth(), Font::kHeading});
  row.frame = RowFrame::kRuleBelow;
  row.keep = Keep::kWithNext;
  row.space_before = 18;
  row.outline = std::move(title);
  return row;
}

Status AddHeader(PdfFlow& flow, const InterviewRecord& record, const NotesTime& time) {
  const interview::InterviewInfo& info = record.info;
  Row title;
  title.cells.push_back(
      {Text("Notes of the personal interview"), 0, PdfFlow::ContentWidth(), Font::kTitle});
  title.frame = RowFrame::kRuleBelow;
  VB_RETURN_IF_ERROR(flow.Add(title));

  std::vector<Row> rows;
  rows.push_back(KeyValue("Case number", Text(info.case_number, kBold)));
  std::string latin = info.applicant_family_name;
  if (!latin.empty() && !info.applicant_given_names.empty()) latin += ", ";
  latin += info.applicant_given_names;
  rows.push_back(KeyValue("Applicant", OrNotRecorded(latin)));
  if (!info.applicant_names_original_script.empty()) {
    rows.push_back(KeyValue("Name in original script", Text(info.applicant_names_original_script)));
  }
  RichText date;
  if (const Entry* start = FirstOf(record, EntryKind::kStart)) {
    date.Add(time.Date(start->at));
  } else if (time.planned_start()) {
    date.Add(time.Date(*time.planned_start())).Add("  (planned; no start recorded)", kMuted);
  } else {
    date.Add("Not recorded", kMuted);
  }
  rows.push_back(KeyValue("Date", std::move(date)));
  rows.push_back(KeyValue("Place", OrNotRecorded(info.location)));
  rows.push_back(KeyValue("Protection officer", OrNotRecorded(info.officer)));
  // CH-3.1: the interpreter is known to the notes by code only; no name is ever printed.
  rows.push_back(KeyValue("Interpreter (code)", OrNotRecorded(info.interpreter_code)));
  for (const std::string_view role : {"lawyer", "trusted_person", "guardian"}) {
    const std::string timeline = PresenceTimeline(record, role, time);
    if (!timeline.empty()) {
      rows.push_back(
          KeyValue(RoleName(role), RichText("Present").Add("  (" + timeline + ")", kMuted)));
    }
  }
  rows.push_back(KeyValue("Language of the interview", OrNotRecorded(LanguageName(info.language))));
  rows.push_back(KeyValue("Times", Text("Clock times in " + time.ZoneName())));
  rows.front().space_before = 10;
  for (const Row& row : rows) VB_RETURN_IF_ERROR(flow.Add(row));
  return Status::Ok();
}

Status AddOpening(PdfFlow& flow, const InterviewRecord& record, const NotesTime& time) {
  VB_RETURN_IF_ERROR(flow.Add(SectionHeading("Opening of the interview (CH-3)")));
  return AddChecklist(flow, OpeningChecklist(), record, time);
}

Status AddClosing(PdfFlow& flow, const InterviewRecord& record, const NotesTime& time) {
  VB_RETURN_IF_ERROR(flow.Add(SectionHeading("Closing of the interview (CH-6, CH-12)")));
  VB_RETURN_IF_ERROR(AddChecklist(flow, ClosingChecklist(), record, time));

  // CH-12.3: the remarks, repeated here from the course so the closing reads on its own.
  VB_RETURN_IF_ERROR(flow.Add(SubHeading("Remarks")));
  bool any_remark = false;
  for (const Entry& e : record.entries) {
    if (e.kind != EntryKind::kRemark) continue;
    any_remark = true;
    RichText who(RoleName(e.by.empty() ? "other" : e.by));
    who.NewParagraph().Add(time.Clock(e.at) + "  #" + std::to_string(e.seq), kSmall | kMuted);
    Row row;
    row.cells.push_back({std::move(who), 0, kKeyWidth});
    row.cells.push_back({Text(e.text), kValueX, PdfFlow::ContentWidth() - kValueX});
    row.flowing_cell = 1;
    row.space_before = 4;
    VB_RETURN_IF_ERROR(flow.Add(row));
  }
  if (!any_remark) {
    VB_RETURN_IF_ERROR(flow.Add(KeyValue("", Text("No remarks were recorded.", kMuted))));
  }

  // CH-12.4: start, end and duration.
  VB_RETURN_IF_ERROR(flow.Add(SubHeading("Duration (CH-12.4)")));
  const Entry* start = FirstOf(record, EntryKind::kStart);
  const Entry* end = LastOf(record, EntryKind::kEnd);
  VB_RETURN_IF_ERROR(flow.Add(
      KeyValue("Start", start ? Text(time.Clock(start->at)) : Text("Not recorded", kBold))));
  VB_RETURN_IF_ERROR(
      flow.Add(KeyValue("End", end ? Text(time.Clock(end->at)) : Text("Not recorded", kBold))));
  if (start != nullptr && end != nullptr) {
    std::chrono::minutes breaks{0};
    const Entry* open = nullptr;
    for (const Entry& e : record.entries) {
      if (e.kind == EntryKind::kBreakStart) open = &e;
      if (e.kind == EntryKind::kBreakEnd && open != nullptr) {
        breaks += NotesTime::Between(open->at, e.at);
        open = nullptr;
      }
    }
    const std::chrono::minutes total = NotesTime::Between(start->at, end->at);
    RichText duration(FormatDuration(total));
    if (breaks.count() > 0) {
      duration.Add(", of which breaks " + FormatDuration(breaks) + " (interview time " +
                   FormatDuration(total - breaks) + ")");
    }
    VB_RETURN_IF_ERROR(flow.Add(KeyValue("Duration", std::move(duration))));
  }
  for (const Entry& e : record.entries) {
    if (e.kind != EntryKind::kExtension) continue;
    const std::string consent =
        !e.consent ? "consent not recorded"
                   : (*e.consent ? "the interpreter consented" : "the interpreter did not consent");
    VB_RETURN_IF_ERROR(flow.Add(
        KeyValue("Extension (CH-11.2)", Text("From " + time.Clock(e.at) + "; " + consent + "."))));
  }
  return flow.Add(KeyValue("Outcome", end ? Text(OutcomeText(end->outcome), kBold)
                                          : Text("The interview has not ended.", kBold)));
}

}  // namespace verbatim::report
