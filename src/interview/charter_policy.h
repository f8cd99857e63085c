#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/json.h"
#include "interview/entry.h"
#include "interview/profile.h"

namespace verbatim::interview {

/// The opening items (CH-3) and the closing items (CH-6, CH-12.1 … CH-12.3).
const std::vector<std::string>& OpeningItems();
const std::vector<std::string>& ClosingItems();

enum class Severity { kViolation, kWarning };
const char* SeverityName(Severity s);

/// One decision of the charter, naming its rule.
struct Finding {
  std::string rule;  // "CH-11.1"
  Severity severity = Severity::kViolation;
  std::int64_t seq = 0;  // the entry it concerns (0 when not yet recorded)
  std::string message;
};

/// Someone to tell, as a task in the application (CH-5, CH-11.3).
struct Notification {
  std::string recipient;  // "officer" (the interview's) | "supervisor" | "lawyers_helpdesk" |
                          // "dispatching_unit"
  std::string rule;
  std::string title;
  /// Due that many working days after the entry's day (0: the same day); none: no due date.
  std::optional<int> due_working_days;
};

/// What the record so far means for the rules: a fold over the accepted entries. Kept beside
/// the interview, so that checking an entry does not re-read the whole record.
struct InterviewState {
  bool started = false;
  bool ended = false;
  TimePoint start_at;
  TimePoint last_at;
  std::int64_t last_seq = 0;
  std::set<std::string> resolved_items;  // checklist items done or not applicable
  bool in_break = false;
  TimePoint break_started_at;
  TimePoint break_count_from;  // the start, or the end of the last break of full length
  std::chrono::minutes extension{0};
  bool conflict_of_interest = false;
  int warnings = 0;
  bool disruption = false;

  Json ToJson() const;
  static Result<InterviewState> FromJson(const Json& json);
};

/// What the charter says about one proposed entry.
struct Decision {
  /// Reasons to refuse the entry; empty when it may be recorded.
  std::vector<Finding> refusals;
  /// Accepted, but worth telling the officer (a break due soon, or overdue).
  std::vector<Finding> notes;
  /// For a refused question or closing: the checklist items still open.
  std::vector<std::string> open_items;
  /// Whom to notify once the entry is recorded.
  std::vector<Notification> notifications;

  bool allowed() const { return refusals.empty(); }
};

/// The interview's clocks at `now` (CH-11.1, CH-11.2), for the interview room's header.
struct Timers {
  std::chrono::seconds elapsed{0};          // wall clock since start, breaks included
  std::chrono::seconds allowed{0};          // maximum plus any extension
  std::chrono::seconds time_left{0};        // may be negative
  std::chrono::seconds until_break_due{0};  // may be negative: overdue
  bool in_break = false;
  std::chrono::seconds break_elapsed{0};
};

/// The CGRS charter's rules for the personal interview, as one pure function of the state, the
/// proposed entry and its time. Used by the live server and by `verbatim interview check`.
class CharterPolicy {
 public:
  explicit CharterPolicy(Profile profile) : profile_(std::move(profile)) {}

  /// Judges `entry` (its `at` is the moment it would be recorded) against `state`.
  Decision Evaluate(const InterviewState& state, const Entry& entry) const;
  /// Folds an accepted entry into the state.
  void Apply(InterviewState& state, const Entry& entry) const;
  Timers TimersAt(const InterviewState& state, TimePoint now) const;

  const Profile& profile() const { return profile_; }

 private:
  void CheckQuestionOrAnswer(const InterviewState& s, const Entry& e, Decision& d) const;
  void CheckEnd(const InterviewState& s, const Entry& e, Decision& d) const;
  void AddTimeNotes(const InterviewState& s, const Entry& e, Decision& d) const;

  Profile profile_;
};

}  // namespace verbatim::interview
