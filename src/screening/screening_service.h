#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "base/clock.h"
#include "base/json.h"
#include "base/result.h"
#include "screening/agency_directory.h"
#include "store/screening_table.h"
#include "store/store.h"

namespace verbatim::screening {

/// The minimal data of a screened person (UN-8: name, sex, approximate age, nationality,
/// language).
struct Person {
  std::string name;
  std::string sex;  // female, male, other, unknown
  std::optional<int> approximate_age;
  std::string nationality;  // ISO 3166-1 alpha-2, "" when unknown
  std::string language;     // ISO 639 code of the language of the interview
};

struct NewScreening {
  std::string form_id;
  std::string country;  // ISO 3166-1 alpha-2 of the screening country, "" when not given
  std::string location;
  Person person;
  Json answers;
};

/// A stored screening with its decisions.
struct Screening {
  store::ScreeningRecord record;
  std::vector<store::ScreeningDecisionRecord> decisions;
};

/// The decision kinds an officer may record on a screened person.
inline constexpr const char* kDecisionKinds[] = {"return", "refusal_of_entry", "admission",
                                                 "asylum_procedure", "referral_only"};

/// Who may record screenings (border officers, supervisors, admins) and who may read them (also
/// case officers). Every call checks the role and writes the audit log; denials are audited too.
bool MayRecordScreenings(auth::Role role);
bool MayReadScreenings(auth::Role role);

/// Screenings in the store. Thread-safe as the Store is; holds references only.
class ScreeningService {
 public:
  ScreeningService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  /// Screens and stores the person. `directory` names the referrals' agencies (nullptr: none).
  /// InvalidArgument names the field, question or choice at fault.
  Result<Screening> Create(const auth::Principal& who, const NewScreening& input,
                           const AgencyDirectory* directory);
  Result<Screening> Get(const auth::Principal& who, const std::string& id);
  /// Newest first; `query` matches name, nationality and location case-insensitively. The query
  /// itself is not audited (it may be a name), only the number of results.
  Result<std::vector<Screening>> Search(const auth::Principal& who, const std::string& query,
                                        int limit);
  /// The officer confirms or dismisses the fear phrases matched in the statement (UN-4). Either
  /// way non-refoulement stays as it was at the statement; who decided and when is recorded.
  Result<Screening> ConfirmFear(const auth::Principal& who, const std::string& id, bool confirmed);
  /// Records a decision. A return or refusal of entry for a person under non-refoulement is
  /// FailedPrecondition (409) and writes nothing but the audit row of the refused attempt.
  Result<store::ScreeningDecisionRecord> Decide(const auth::Principal& who, const std::string& id,
                                                const std::string& kind, const std::string& note);

 private:
  Result<Screening> Load(const std::string& id);

  store::Store& store_;
  const Clock& clock_;
};

/// {"id","form","country","location","person":{…},"answers","result","fear_confirmed",
///  "fear_decided_by","fear_decided_at","created_at","created_by","decisions":[…]}
Json ScreeningToJson(const Screening& screening);
/// The list entry: {"id","person","created_at","result":{the four flags}}.
Json ScreeningSummaryToJson(const Screening& screening);
Json DecisionToJson(const store::ScreeningDecisionRecord& decision);
/// The person of a request body; InvalidArgument names the field ("person.approximate_age").
Result<Person> PersonFromJson(const Json& person);

}  // namespace verbatim::screening
