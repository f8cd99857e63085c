#include "interview/interview_service.h"

#include "audit/audit_log.h"
#include "base/crypto.h"
#include "base/text.h"
#include "cases/case_service.h"
#include "interview/entry_json.h"
#include "store/case_table.h"
#include "store/coi_table.h"
#include "store/interview_table.h"
#include "tasks/working_days.h"

namespace verbatim::interview {
namespace {

audit::AuditEvent Event(const auth::Principal& who, std::string action, std::string object,
                        std::string outcome = "ok") {
  return {who.username, std::string(auth::RoleName(who.role)), std::move(action),
          std::move(object), who.remote, std::move(outcome)};
}

Status CheckAccess(store::Store& store, const Clock& clock, const auth::Principal& who,
                   const std::string& action, const std::string& object) {
  if (cases::MaySeeCases(who.role)) return Status::Ok();
  VB_RETURN_IF_ERROR(audit::AppendNow(store, clock, Event(who, action, object, "denied")));
  return PermissionDenied("Your role may not see interviews.");
}

Result<InterviewInfo> InfoFor(store::Transaction& txn, const store::InterviewRow& row) {
  InterviewInfo info{row.id, row.case_id, "", "", "", "", row.officer, row.interpreter_code,
                     row.language, row.location, row.planned_start};
  VB_ASSIGN_OR_RETURN(auto c, store::FindCase(txn, row.case_id));
  if (c) {
    info.case_number = c->case_number;
    info.applicant_family_name = c->family_name;
    info.applicant_given_names = c->given_names;
    info.applicant_names_original_script = c->names_original_script;
  }
  return info;
}

// AS-5: a cited COI passage must exist in the library; its document's title, publisher and date
// are captured as they stand now, so the record keeps what the officer saw even if the library
// changes later. `ref`, when given, is the entry the source is set beside.
Status ResolveCitedPassage(store::Transaction& txn, std::int64_t last_seq, Entry& e) {
  if (e.ref && *e.ref > last_seq) {
    return InvalidArgument("'ref' is " + std::to_string(*e.ref) + ", but the record has " +
                           std::to_string(last_seq) + " entries; cite beside an existing entry");
  }
  const std::string document_id = e.passage_id.substr(0, e.passage_id.rfind("-p"));
  VB_ASSIGN_OR_RETURN(auto document, store::FindCoiDocument(txn, document_id));
  bool found = false;
  if (document) {
    VB_ASSIGN_OR_RETURN(auto passages, store::ListCoiPassages(txn, document_id));
    for (const auto& p : passages) found = found || p.id == e.passage_id;
  }
  if (!found) {
    return InvalidArgument("There is no COI passage '" + e.passage_id +
                           "' in the library; cite a passage from the search or the comparison.");
  }
  e.document_id = document->id;
  e.document_title = document->title;
  e.document_source = document->publisher;
  e.document_date = !document->published_date.empty() ? document->published_date
                                                       : document->published;
  return Status::Ok();
}

Result<Entry> EntryFromRow(const store::EntryRow& row) {
  VB_ASSIGN_OR_RETURN(Json body, ParseJson(row.body));
  return EntryFromJson(body, JsonFields::kRecord);
}

// The day `n` working days after `at` in the interview's jurisdiction (its holidays, Monday to
// Friday). Days are counted in UTC: the hour between midnight there and here is not worth a
// time-zone database.
Result<std::optional<std::string>> DueOn(const std::string& profile, TimePoint at, int n) {
  VB_ASSIGN_OR_RETURN(tasks::HolidayCalendar calendar, tasks::HolidayCalendar::ForProfile(profile));
  const tasks::Date day{std::chrono::floor<std::chrono::days>(at)};
  VB_ASSIGN_OR_RETURN(tasks::Date due, calendar.AddWorkingDays(day, n));
  return std::optional<std::string>(tasks::FormatIsoDate(due));
}

std::string Required(const std::string& value, const char* field) {
  return Trim(value).empty() ? std::string(field) : std::string();
}

}  // namespace

Result<const CharterPolicy*> InterviewService::PolicyFor(const std::string& profile) {
  std::lock_guard lock(policies_mutex_);
  auto it = policies_.find(profile);
  if (it != policies_.end()) return it->second.get();
  VB_ASSIGN_OR_RETURN(Profile p, LoadProfile(profile));
  auto policy = std::make_unique<CharterPolicy>(std::move(p));
  const CharterPolicy* raw = policy.get();
  policies_.emplace(profile, std::move(policy));
  return raw;
}

Result<std::string> InterviewService::Create(const auth::Principal& who, const NewInterview& plan) {
  VB_RETURN_IF_ERROR(CheckAccess(store_, clock_, who, "interview.create", "case:" + plan.case_id));
  std::string missing;
  for (const auto& [value, field] : {std::pair{plan.officer, "officer"},
                                     {plan.interpreter_code, "interpreter_code"},
                                     {plan.language, "language"},
                                     {plan.location, "location"},
                                     {plan.planned_start, "planned_start"}}) {
    if (auto m = Required(value, field); !m.empty()) missing += (missing.empty() ? "" : ", ") + m;
  }
  if (!missing.empty()) return InvalidArgument("Give " + missing + " to plan the interview.");
  VB_RETURN_IF_ERROR(ParseRfc3339(plan.planned_start).status());
  VB_RETURN_IF_ERROR(PolicyFor(plan.profile).status());
  for (const std::string* s : {&plan.officer, &plan.interpreter_code, &plan.language, &plan.location}) {
    if (!IsValidUtf8(*s) || s->size() > 200) {
      return InvalidArgument("Interview fields are text of at most 200 bytes.");
    }
  }

  store::InterviewRow row;
  row.id = RandomHex(16);
  row.case_id = plan.case_id;
  row.officer = Trim(plan.officer);
  row.interpreter_code = Trim(plan.interpreter_code);
  row.language = Trim(plan.language);
  row.location = Trim(plan.location);
  row.planned_start = plan.planned_start;
  row.profile = plan.profile;
  row.created_at = ToUnixMicros(clock_.Now());
  row.created_by = who.username;
  row.state_json = InterviewState().ToJson().dump();
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto c, store::FindCase(*txn, plan.case_id));
  if (!c) return NotFound("There is no case with the id '" + plan.case_id + "'.");
  VB_RETURN_IF_ERROR(store::InsertInterview(*txn, row));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                   Event(who, "interview.create", "interview:" + row.id)));
  VB_RETURN_IF_ERROR(txn->Commit());
  return row.id;
}

Result<AppendOutcome> InterviewService::Append(const auth::Principal& who,
                                               const std::string& interview_id, Entry e) {
  const std::string object = "interview:" + interview_id;
  VB_RETURN_IF_ERROR(CheckAccess(store_, clock_, who, "interview.append", object));
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto row, store::LockInterview(*txn, interview_id));
  if (!row) return NotFound("There is no interview with the id '" + interview_id + "'.");
  AppendOutcome outcome;
  if (!e.client_id.empty()) {
    // Idempotency: a retried POST (after a lost answer) gets the first answer again.
    VB_ASSIGN_OR_RETURN(auto seen, store::FindEntryByClientId(*txn, interview_id, e.client_id));
    if (seen) {
      VB_ASSIGN_OR_RETURN(outcome.entry, EntryFromRow(*seen));
      outcome.replayed = true;
      return outcome;
    }
  }
  if (e.kind == EntryKind::kCoiReference) {
    VB_RETURN_IF_ERROR(ResolveCitedPassage(*txn, row->last_seq, e));
  }
  VB_ASSIGN_OR_RETURN(const CharterPolicy* policy, PolicyFor(row->profile));
  VB_ASSIGN_OR_RETURN(Json state_json, ParseJson(row->state_json));
  VB_ASSIGN_OR_RETURN(InterviewState state, InterviewState::FromJson(state_json));
  // The server's clock stamps the entry; never earlier than the last one, even if the clock
  // stepped back.
  e.at = std::max(clock_.Now(), state.last_at);
  outcome.decision = policy->Evaluate(state, e);
  if (!outcome.decision.allowed()) return outcome;

  ApplyDefaults(e);
  e.seq = row->last_seq + 1;
  e.author = who.username;
  e.prev_hash = row->last_hash;
  e.hash = ChainHash(e, e.prev_hash);
  policy->Apply(state, e);
  VB_RETURN_IF_ERROR(store::InsertEntry(
      *txn, {interview_id, e.seq, ToUnixMicros(e.at), std::string(EntryKindName(e.kind)), e.text,
             EntryToJson(e).dump(),
             e.client_id.empty() ? std::nullopt : std::optional<std::string>(e.client_id),
             e.author, e.prev_hash, e.hash}));
  VB_RETURN_IF_ERROR(
      store::AdvanceInterview(*txn, interview_id, e.seq, e.hash, state.ToJson().dump()));
  for (const Notification& n : outcome.decision.notifications) {
    store::TaskRow task{RandomHex(16), n.recipient, n.rule, n.title, row->case_id, interview_id,
                        ToUnixMicros(e.at), std::nullopt};
    if (n.recipient == "officer") task.assignee = row->officer;
    if (n.due_working_days) {
      VB_ASSIGN_OR_RETURN(task.due_on, DueOn(row->profile, e.at, *n.due_working_days));
    }
    VB_RETURN_IF_ERROR(store::InsertTask(*txn, task));
  }
  VB_RETURN_IF_ERROR(audit::Append(
      *txn, clock_, Event(who, "interview.entry", object + "#" + std::to_string(e.seq))));
  // Durable before acknowledged: Commit returns only once the entry is on disk.
  VB_RETURN_IF_ERROR(txn->Commit());
  outcome.entry = std::move(e);
  return outcome;
}

Result<InterviewRecord> InterviewService::Record(const auth::Principal& who,
                                                 const std::string& interview_id) {
  const std::string object = "interview:" + interview_id;
  VB_RETURN_IF_ERROR(CheckAccess(store_, clock_, who, "interview.read", object));
  InterviewRecord record;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(auto row, store::FindInterview(*txn, interview_id));
    if (!row) return NotFound("There is no interview with the id '" + interview_id + "'.");
    VB_ASSIGN_OR_RETURN(record.info, InfoFor(*txn, *row));
    VB_ASSIGN_OR_RETURN(auto rows, store::ListEntries(*txn, interview_id));
    record.entries.reserve(rows.size());
    for (const auto& r : rows) {
      VB_ASSIGN_OR_RETURN(Entry e, EntryFromRow(r));
      record.entries.push_back(std::move(e));
    }
  }
  VB_RETURN_IF_ERROR(audit::AppendNow(store_, clock_, Event(who, "interview.read", object)));
  return record;
}

Result<InterviewOverview> InterviewService::Overview(const auth::Principal& who,
                                                     const std::string& interview_id) {
  const std::string object = "interview:" + interview_id;
  VB_RETURN_IF_ERROR(CheckAccess(store_, clock_, who, "interview.read", object));
  InterviewOverview o;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(auto row, store::FindInterview(*txn, interview_id));
    if (!row) return NotFound("There is no interview with the id '" + interview_id + "'.");
    VB_ASSIGN_OR_RETURN(o.info, InfoFor(*txn, *row));
    VB_ASSIGN_OR_RETURN(Json state_json, ParseJson(row->state_json));
    VB_ASSIGN_OR_RETURN(o.state, InterviewState::FromJson(state_json));
    o.profile = row->profile;
  }
  VB_ASSIGN_OR_RETURN(const CharterPolicy* policy, PolicyFor(o.profile));
  o.timers = policy->TimersAt(o.state, clock_.Now());
  for (const auto& item : OpeningItems()) {
    if (!o.state.resolved_items.count(item)) o.open_opening_items.push_back(item);
  }
  for (const auto& item : ClosingItems()) {
    if (!o.state.resolved_items.count(item)) o.open_closing_items.push_back(item);
  }
  VB_RETURN_IF_ERROR(audit::AppendNow(store_, clock_, Event(who, "interview.read", object)));
  return o;
}

Result<std::vector<InterviewInfo>> InterviewService::ListForCase(const auth::Principal& who,
                                                                 const std::string& case_id) {
  VB_RETURN_IF_ERROR(CheckAccess(store_, clock_, who, "interview.list", "case:" + case_id));
  std::vector<InterviewInfo> list;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(auto c, store::FindCase(*txn, case_id));
    if (!c) return NotFound("There is no case with the id '" + case_id + "'.");
    VB_ASSIGN_OR_RETURN(auto rows, store::ListInterviewsOfCase(*txn, case_id));
    for (const auto& r : rows) {
      VB_ASSIGN_OR_RETURN(InterviewInfo info, InfoFor(*txn, r));
      list.push_back(std::move(info));
    }
  }
  VB_RETURN_IF_ERROR(audit::AppendNow(store_, clock_, Event(who, "interview.list", "case:" + case_id)));
  return list;
}

Result<InterviewPlan> InterviewService::Plan(const auth::Principal& who,
                                             const std::string& interview_id) {
  const std::string object = "interview:" + interview_id;
  VB_RETURN_IF_ERROR(CheckAccess(store_, clock_, who, "interview.plan.read", object));
  InterviewPlan plan;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(auto row, store::FindInterview(*txn, interview_id));
    if (!row) return NotFound("There is no interview with the id '" + interview_id + "'.");
    VB_ASSIGN_OR_RETURN(auto body, store::FindPlan(*txn, interview_id));
    if (body) {
      VB_ASSIGN_OR_RETURN(Json json, ParseJson(*body));
      VB_ASSIGN_OR_RETURN(plan, PlanFromJson(json));
    }
  }
  VB_RETURN_IF_ERROR(audit::AppendNow(store_, clock_, Event(who, "interview.plan.read", object)));
  return plan;
}

Status InterviewService::SavePlan(const auth::Principal& who, const std::string& interview_id,
                                  const InterviewPlan& plan) {
  const std::string object = "interview:" + interview_id;
  VB_RETURN_IF_ERROR(CheckAccess(store_, clock_, who, "interview.plan.write", object));
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto row, store::LockInterview(*txn, interview_id));
  if (!row) return NotFound("There is no interview with the id '" + interview_id + "'.");
  VB_ASSIGN_OR_RETURN(Json state_json, ParseJson(row->state_json));
  VB_ASSIGN_OR_RETURN(InterviewState state, InterviewState::FromJson(state_json));
  if (state.ended) return FailedPrecondition("The interview has ended; its plan can no longer change.");
  VB_RETURN_IF_ERROR(store::SavePlan(*txn, interview_id, PlanToJson(plan).dump(),
                                     ToUnixMicros(clock_.Now()), who.username));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_, Event(who, "interview.plan.write", object)));
  return txn->Commit();
}

Result<Completeness> InterviewService::CheckCompleteness(const auth::Principal& who,
                                                         const std::string& interview_id) {
  VB_ASSIGN_OR_RETURN(InterviewPlan plan, Plan(who, interview_id));
  VB_ASSIGN_OR_RETURN(InterviewRecord record, Record(who, interview_id));
  VB_ASSIGN_OR_RETURN(InterviewOverview overview, Overview(who, interview_id));
  return interview::CheckCompleteness(plan, record.entries, overview.state);
}

Result<InterviewRecord> InterviewService::Notes(const auth::Principal& who,
                                                const std::string& interview_id) {
  VB_ASSIGN_OR_RETURN(InterviewRecord record, Record(who, interview_id));
  VB_ASSIGN_OR_RETURN(InterviewPlan plan, Plan(who, interview_id));
  VB_ASSIGN_OR_RETURN(InterviewOverview overview, Overview(who, interview_id));
  record.completeness_annex =
      ToAnnex(interview::CheckCompleteness(plan, record.entries, overview.state));
  return record;
}

Status InterviewService::RecordNotesCopyReceived(const auth::Principal& who,
                                                 const std::string& interview_id,
                                                 const std::string& received_on) {
  const std::string object = "interview:" + interview_id;
  VB_RETURN_IF_ERROR(CheckAccess(store_, clock_, who, "interview.notes_copy", object));
  VB_ASSIGN_OR_RETURN(tasks::Date received, tasks::ParseIsoDate(received_on));
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto row, store::LockInterview(*txn, interview_id));
  if (!row) return NotFound("There is no interview with the id '" + interview_id + "'.");
  VB_ASSIGN_OR_RETURN(tasks::HolidayCalendar calendar, tasks::HolidayCalendar::ForProfile(row->profile));
  // CH-3.10: comments are due within 8 working days after the copy is received.
  VB_ASSIGN_OR_RETURN(tasks::Date due, calendar.AddWorkingDays(received, 8));
  VB_RETURN_IF_ERROR(store::InsertTask(
      *txn, {RandomHex(16), "officer", "CH-3.10", "Comments on the notes are due", row->case_id,
             interview_id, ToUnixMicros(clock_.Now()), std::nullopt, row->officer,
             tasks::FormatIsoDate(due)}));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_, Event(who, "interview.notes_copy", object)));
  return txn->Commit();
}

Result<ChainReport> InterviewService::Verify(const std::string& interview_id) {
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto row, store::FindInterview(*txn, interview_id));
  if (!row) return NotFound("There is no interview with the id '" + interview_id + "'.");
  VB_ASSIGN_OR_RETURN(auto rows, store::ListEntries(*txn, interview_id));
  ChainReport report;
  std::string prev;
  for (const auto& r : rows) {
    auto broken = [&](std::string why) {
      report.first_broken_seq = r.seq;
      report.problem = std::move(why);
      return report;
    };
    if (r.seq != report.entries_checked + 1) {
      report.first_broken_seq = report.entries_checked + 1;
      report.problem = "entry " + std::to_string(report.entries_checked + 1) + " is missing";
      return report;
    }
    auto e = EntryFromRow(r);
    if (!e.ok()) return broken("the stored entry is unreadable");
    if (e->seq != r.seq || e->text != r.text || e->hash != r.hash || e->prev_hash != r.prev_hash ||
        r.prev_hash != prev) {
      return broken("its columns disagree with its stored body or its predecessor");
    }
    if (ChainHash(*e, prev) != r.hash) return broken("its content does not match its hash (edited)");
    prev = r.hash;
    ++report.entries_checked;
  }
  if (row->last_seq != report.entries_checked || row->last_hash != prev) {
    report.first_broken_seq = report.entries_checked + 1;
    report.problem = "the record ends at entry " + std::to_string(report.entries_checked) +
                     " but the interview says " + std::to_string(row->last_seq) +
                     " (entries were removed)";
  }
  return report;
}

}  // namespace verbatim::interview
