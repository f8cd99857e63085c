#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "base/clock.h"
#include "base/result.h"
#include "interview/charter_policy.h"
#include "interview/completeness.h"
#include "interview/plan.h"
#include "interview/entry.h"
#include "store/store.h"

namespace verbatim::interview {

/// What an officer gives to plan an interview.
struct NewInterview {
  std::string case_id;
  std::string officer;           // username of the protection officer
  std::string interpreter_code;  // the interpreter's code, never their name (CH-3.1)
  std::string language;          // ISO 639 code
  std::string location;
  std::string planned_start;     // RFC 3339
  std::string profile = "BE";
};

/// The result of proposing an entry.
struct AppendOutcome {
  /// The recorded entry; empty when the charter refused it (see decision.refusals).
  std::optional<Entry> entry;
  /// True when the client_id was seen before: `entry` is the first answer, nothing was stored.
  bool replayed = false;
  Decision decision;
};

/// An interview with where it stands now: the header of the interview room.
struct InterviewOverview {
  InterviewInfo info;
  std::string profile;
  InterviewState state;
  Timers timers;
  std::vector<std::string> open_opening_items;
  std::vector<std::string> open_closing_items;
};

struct ChainReport {
  std::int64_t entries_checked = 0;
  std::optional<std::int64_t> first_broken_seq;
  std::string problem;
};

/// The personal interview's durable, append-only record. Every entry is judged by the charter
/// (CharterPolicy) against the interview's state, chained by hash to the one before, and
/// acknowledged only after its transaction is durably committed. Thread-safe.
class InterviewService {
 public:
  InterviewService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::string> Create(const auth::Principal& who, const NewInterview& plan);
  Result<AppendOutcome> Append(const auth::Principal& who, const std::string& interview_id,
                               Entry proposed);
  Result<InterviewRecord> Record(const auth::Principal& who, const std::string& interview_id);
  Result<InterviewOverview> Overview(const auth::Principal& who, const std::string& interview_id);
  Result<std::vector<InterviewInfo>> ListForCase(const auth::Principal& who,
                                                 const std::string& case_id);
  /// The interview's plan (empty when none was written yet).
  Result<InterviewPlan> Plan(const auth::Principal& who, const std::string& interview_id);
  /// Saves the plan; refused (FailedPrecondition) once the interview has ended.
  Status SavePlan(const auth::Principal& who, const std::string& interview_id,
                  const InterviewPlan& plan);
  /// What is still missing (AS-4, CH-12.1): plan themes, crucial questions, checklist items.
  Result<Completeness> CheckCompleteness(const auth::Principal& who, const std::string& interview_id);

  /// The record as the notes print it: with the completeness report as an annex (AS-4).
  Result<InterviewRecord> Notes(const auth::Principal& who, const std::string& interview_id);

  /// Records that the applicant received a copy of the notes on `received_on` (YYYY-MM-DD), which
  /// opens the 8 working days for comments (CH-3.10): a task due on the last of them.
  Status RecordNotesCopyReceived(const auth::Principal& who, const std::string& interview_id,
                                 const std::string& received_on);

  /// Recomputes the hash chain of the stored record (`verbatim interview verify`).
  Result<ChainReport> Verify(const std::string& interview_id);

  /// The policy of a profile, parsed once.
  Result<const CharterPolicy*> PolicyFor(const std::string& profile);

 private:
  store::Store& store_;
  const Clock& clock_;
  std::mutex policies_mutex_;
  std::map<std::string, std::unique_ptr<CharterPolicy>> policies_;
};

}  // namespace verbatim::interview
