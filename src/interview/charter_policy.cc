#include "interview/charter_policy.h"

#include <algorithm>

#include "base/text.h"

namespace verbatim::interview {
namespace {

using std::chrono::duration_cast;
using std::chrono::minutes;
using std::chrono::seconds;

void Refuse(Decision& d, const char* rule, std::string message) {
  d.refusals.push_back({rule, Severity::kViolation, 0, std::move(message)});
}

std::vector<std::string> OpenItems(const InterviewState& s, const std::vector<std::string>& items) {
  std::vector<std::string> open;
  for (const auto& item : items) {
    if (!s.resolved_items.count(item)) open.push_back(item);
  }
  return open;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

long long Minutes(std::chrono::microseconds d) { return duration_cast<minutes>(d).count(); }

bool NeedsText(EntryKind k) {
  switch (k) {
    case EntryKind::kQuestion:
    case EntryKind::kAnswer:
    case EntryKind::kObservation:
    case EntryKind::kRemark:
    case EntryKind::kInterpreterIssue:
    case EntryKind::kWarning:
    case EntryKind::kCorrection:
      return true;
    default:
      return false;
  }
}

}  // namespace

const std::vector<std::string>& OpeningItems() {
  static const std::vector<std::string> items = {"CH-3.1", "CH-3.2", "CH-3.3", "CH-3.4", "CH-3.5",
                                                 "CH-3.6", "CH-3.7", "CH-3.8", "CH-3.9", "CH-3.10"};
  return items;
}

const std::vector<std::string>& ClosingItems() {
  static const std::vector<std::string> items = {"CH-6", "CH-12.1", "CH-12.2", "CH-12.3"};
  return items;
}

const char* SeverityName(Severity s) { return s == Severity::kViolation ? "violation" : "warning"; }

Decision CharterPolicy::Evaluate(const InterviewState& s, const Entry& e) const {
  Decision d;
  // CH-12.4: the record runs from a start entry to an end entry, and nothing follows the end.
  if (!s.started) {
    if (e.kind != EntryKind::kStart) {
      Refuse(d, "CH-12.4", "The interview has not started: record a start entry first.");
    }
    return d;
  }
  if (s.ended) {
    Refuse(d, "CH-12.4", "The interview has ended; its record is closed.");
    return d;
  }
  if (e.at < s.last_at) {
    Refuse(d, "CH-12.4", "This entry's time is earlier than the previous entry's.");
  }
  // CH-7.1: declarations are written verbatim; an empty one records nothing.
  if (NeedsText(e.kind) && Trim(e.text).empty()) {
    Refuse(d, "CH-7.1", std::string("A ") + std::string(EntryKindName(e.kind)) +
                            " needs its text, written verbatim.");
  }
  switch (e.kind) {
    case EntryKind::kStart:
      Refuse(d, "CH-12.4", "The interview has started already.");
      break;
    case EntryKind::kQuestion:
    case EntryKind::kAnswer:
      CheckQuestionOrAnswer(s, e, d);
      break;
    case EntryKind::kChecklist:
      // CH-3: an item is confirmed, or marked not applicable with a reason.
      if (e.status == "not_applicable" && Trim(e.text).empty()) {
        Refuse(d, "CH-3", "Give the reason why " + e.item + " does not apply, in text.");
      }
      break;
    case EntryKind::kPresence:
      // CH-4: no children in the room unless under 12 months or by recorded authorisation.
      if (e.participant == "child" && e.state != "left") {
        const bool infant = e.age_months && *e.age_months < 12;
        if (!infant && Trim(e.authorization).empty()) {
          Refuse(d, "CH-4", "A child of 12 months or older may be present only with the "
                            "officer's exceptional authorisation: give its reason in "
                            "authorization (or the child's age_months if under 12 months).");
        }
      }
      break;
    case EntryKind::kBreakStart:
      if (s.in_break) Refuse(d, "CH-11.1", "A break is already running; record break_end first.");
      break;
    case EntryKind::kBreakEnd:
      if (!s.in_break) Refuse(d, "CH-11.1", "No break is running.");
      break;
    case EntryKind::kExtension:
      // CH-11.2: one extension, only with the interpreter's consent and a reason.
      if (s.extension.count() > 0) {
        Refuse(d, "CH-11.2", "The interview has had its one extension already.");
      }
      if (!e.consent || !*e.consent) {
        Refuse(d, "CH-11.2", "An extension needs the interpreter's consent (consent: true).");
      }
      if (Trim(e.reason).empty()) {
        Refuse(d, "CH-11.2", "An extension needs a reason: why the file requires it.");
      }
      break;
    case EntryKind::kIncident:
      if (e.incident == "conflict_of_interest") {
        // CH-5.1: the interview ends at once and the supervisor is informed.
        d.notifications.push_back({"supervisor", "CH-5.1",
                                   "Conflict of interest: the interview was ended", 0});
      } else if (s.warnings == 0) {
        Refuse(d, "CH-5.2", "Record a warning to the applicant before a disruption incident.");
      } else {
        d.notifications.push_back({"supervisor", "CH-5.2", "Disruption: the interview was ended", 0});
        d.notifications.push_back({"lawyers_helpdesk", "CH-5.2",
                                   "Disruption: the interview was ended", 0});
      }
      break;
    case EntryKind::kEnd:
      CheckEnd(s, e, d);
      break;
    case EntryKind::kCorrection:
      // CH-7.1: a correction points at an earlier entry, which stays visible.
      if (e.ref && *e.ref > s.last_seq) {
        Refuse(d, "CH-7.1", "There is no entry " + std::to_string(*e.ref) + " to correct.");
      }
      break;
    default:
      break;
  }
  return d;
}

void CharterPolicy::CheckQuestionOrAnswer(const InterviewState& s, const Entry& e,
                                          Decision& d) const {
  const bool question = e.kind == EntryKind::kQuestion;
  if (s.conflict_of_interest) {
    Refuse(d, "CH-5.1", "A conflict of interest ended the interview: record its end.");
    return;
  }
  if (s.disruption) {
    Refuse(d, "CH-5.2", "A disruption ended the interview: record its end.");
    return;
  }
  if (s.in_break) {
    Refuse(d, "CH-11.1", "The interview is on a break: record break_end first.");
    return;
  }
  const auto open = OpenItems(s, OpeningItems());
  if (!open.empty()) {
    d.open_items = open;
    Refuse(d, "CH-3", "The opening is not complete; still open: " + Join(open) +
                          ". Confirm each item, or mark it not applicable with a reason.");
    return;
  }
  const auto elapsed = e.at - s.start_at;
  const auto allowed = profile_.max_duration + s.extension;
  if (question && elapsed > allowed) {
    Refuse(d, "CH-11.2", "The interview has lasted " + std::to_string(Minutes(elapsed)) +
                             " minutes, past the " + std::to_string(allowed.count()) +
                             " allowed: no more questions. Close it, or end it to be continued.");
    return;
  }
  AddTimeNotes(s, e, d);
}

void CharterPolicy::AddTimeNotes(const InterviewState& s, const Entry& e, Decision& d) const {
  const auto since_break = e.at - s.break_count_from;
  if (since_break >= profile_.break_after) {
    d.notes.push_back({"CH-11.1", Severity::kViolation, 0,
                       "A break of " + std::to_string(profile_.break_min.count()) +
                           " minutes is overdue: " + std::to_string(Minutes(since_break)) +
                           " minutes without one."});
  } else if (since_break >= profile_.break_warning) {
    d.notes.push_back({"CH-11.1", Severity::kWarning, 0,
                       "A break is due in " +
                           std::to_string(Minutes(profile_.break_after - since_break) + 1) +
                           " minutes."});
  }
  const auto left = profile_.max_duration + s.extension - (e.at - s.start_at);
  if (left <= profile_.duration_warning && left.count() > 0) {
    d.notes.push_back({"CH-11.2", Severity::kWarning, 0,
                       std::to_string(Minutes(left)) + " minutes of the allowed duration left."});
  }
}

void CharterPolicy::CheckEnd(const InterviewState& s, const Entry& e, Decision& d) const {
  if (s.conflict_of_interest && e.outcome != "ended_conflict_of_interest") {
    Refuse(d, "CH-5.1", "A conflict of interest was recorded: end with ended_conflict_of_interest.");
    return;
  }
  if (e.outcome == "ended_conflict_of_interest" && !s.conflict_of_interest) {
    Refuse(d, "CH-5.1", "Record the conflict_of_interest incident before ending for it.");
  } else if (e.outcome == "ended_disruption" && !s.disruption) {
    Refuse(d, "CH-5.2", "Record the warning and the disruption incident before ending for it.");
  } else if (e.outcome == "completed") {
    const auto open = OpenItems(s, ClosingItems());
    if (!open.empty()) {
      d.open_items = open;
      Refuse(d, "CH-12", "The closing is not complete; still open: " + Join(open) + ".");
    }
  } else if (e.outcome == "to_be_continued") {
    // CH-11.3: a new date is requested at once and told to the applicant.
    d.notifications.push_back({"dispatching_unit", "CH-11.3",
                               "Fix a new interview date and inform the applicant", 0});
  }
  if (d.allowed()) {
    // CH-3.10: a copy of the notes can be requested within 2 working days after the interview.
    d.notifications.push_back({"officer", "CH-3.10",
                               "Last day for the applicant to request a copy of the notes", 2});
  }
}

void CharterPolicy::Apply(InterviewState& s, const Entry& e) const {
  s.last_seq = std::max(s.last_seq, e.seq);
  s.last_at = std::max(s.last_at, e.at);
  switch (e.kind) {
    case EntryKind::kStart:
      if (!s.started) {
        s.started = true;
        s.start_at = e.at;
        s.break_count_from = e.at;
      }
      break;
    case EntryKind::kEnd:
      s.ended = true;
      s.in_break = false;
      break;
    case EntryKind::kChecklist:
      if (e.status == "done" || !Trim(e.text).empty()) s.resolved_items.insert(e.item);
      break;
    case EntryKind::kBreakStart:
      s.in_break = true;
      s.break_started_at = e.at;
      break;
    case EntryKind::kBreakEnd:
      // CH-11.1: only a break of full length resets the count; a shorter one does not.
      if (s.in_break && e.at - s.break_started_at >= profile_.break_min) s.break_count_from = e.at;
      s.in_break = false;
      break;
    case EntryKind::kExtension:
      if (e.consent && *e.consent && !Trim(e.reason).empty()) s.extension = profile_.max_extension;
      break;
    case EntryKind::kWarning:
      ++s.warnings;
      break;
    case EntryKind::kIncident:
      if (e.incident == "conflict_of_interest") s.conflict_of_interest = true;
      if (e.incident == "disruption") s.disruption = true;
      break;
    default:
      break;
  }
}

Timers CharterPolicy::TimersAt(const InterviewState& s, TimePoint now) const {
  Timers t;
  if (!s.started) return t;
  const TimePoint end = s.ended ? s.last_at : now;
  t.elapsed = duration_cast<seconds>(end - s.start_at);
  t.allowed = duration_cast<seconds>(profile_.max_duration + s.extension);
  t.time_left = t.allowed - t.elapsed;
  t.in_break = s.in_break;
  if (s.in_break) t.break_elapsed = duration_cast<seconds>(end - s.break_started_at);
  t.until_break_due = duration_cast<seconds>(profile_.break_after - (end - s.break_count_from));
  return t;
}

Json InterviewState::ToJson() const {
  return {{"started", started},
          {"ended", ended},
          {"start_at", ToUnixMicros(start_at)},
          {"last_at", ToUnixMicros(last_at)},
          {"last_seq", last_seq},
          {"resolved_items", resolved_items},
          {"in_break", in_break},
          {"break_started_at", ToUnixMicros(break_started_at)},
          {"break_count_from", ToUnixMicros(break_count_from)},
          {"extension_minutes", extension.count()},
          {"conflict_of_interest", conflict_of_interest},
          {"warnings", warnings},
          {"disruption", disruption}};
}

Result<InterviewState> InterviewState::FromJson(const Json& j) {
  InterviewState s;
  try {
    s.started = j.at("started");
    s.ended = j.at("ended");
    s.start_at = FromUnixMicros(j.at("start_at"));
    s.last_at = FromUnixMicros(j.at("last_at"));
    s.last_seq = j.at("last_seq");
    s.resolved_items = j.at("resolved_items").get<std::set<std::string>>();
    s.in_break = j.at("in_break");
    s.break_started_at = FromUnixMicros(j.at("break_started_at"));
    s.break_count_from = FromUnixMicros(j.at("break_count_from"));
    s.extension = std::chrono::minutes(j.at("extension_minutes").get<int>());
    s.conflict_of_interest = j.at("conflict_of_interest");
    s.warnings = j.at("warnings");
    s.disruption = j.at("disruption");
  } catch (const Json::exception& e) {
    return DataLoss(std::string("an interview's stored state is unreadable: ") + e.what());
  }
  return s;
}

}  // namespace verbatim::interview
