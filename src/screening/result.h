#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/json.h"
#include "base/result.h"
#include "screening/agency_directory.h"
#include "screening/fear_phrases.h"
#include "screening/form.h"
#include "screening/indicators.h"

namespace verbatim::screening {

/// How soon the person must be attended to (UN-5). Ordered: a larger value comes first.
enum class Priority {
  kNormal,     // no specific need observed
  kHigh,       // a specific need, a child, or a potential trafficking victim
  kEmergency,  // a medical emergency: care comes before any question
};

/// "normal", "high", "emergency".
const char* PriorityName(Priority priority);

/// Where the person is to be referred (Annex 2, UN-6), and why.
struct Referral {
  std::string category;  // asylum_authority, child_protection, anti_trafficking, medical,
                         // victims_of_violence, assistance_organisations, unhcr
  Priority priority = Priority::kNormal;
  std::string reason;
  std::optional<AgencyRef> agency;  // from the National Reference Guide, when there is one
};

/// What the screening of one person says (UN-4, UN-5, UN-6, UN-10).
struct ScreeningResult {
  /// A '*' answer or an expression of fear in the statement.
  bool potential_asylum_seeker = false;
  /// A '+' answer.
  bool potential_trafficking_victim = false;
  /// Equal to potential_asylum_seeker: from the moment fear is expressed, no return (UN-4).
  bool non_refoulement = false;
  Priority priority = Priority::kNormal;
  /// Choice names of the `specific_needs` question, in form order.
  std::vector<std::string> specific_needs;
  /// Specific needs first (UN-6), then anti-trafficking, then asylum authority and UNHCR.
  std::vector<Referral> referrals;
  std::vector<Indicator> indicators;
  std::vector<FearExpression> fear_expressions;
};

/// Screens `answers` to `form` (the shape of CheckAnswers). `directory` names the agency of each
/// referral; nullptr leaves the agencies empty. Fails when the answers do not fit the form (the
/// error names the unknown question or choice), or when the statement is not valid UTF-8.
Result<ScreeningResult> Screen(const Form& form, const Json& answers,
                               const AgencyDirectory* directory);

/// {"potential_asylum_seeker","potential_trafficking_victim","non_refoulement","priority",
///  "specific_needs","referrals":[{"category","priority","reason","agency"}],
///  "indicators":[{"question","choice","marker"}],"fear_expressions":[{"phrase","language",
///  "excerpt"}]}; `agency` is {"id","name"} or null.
Json ResultToJson(const ScreeningResult& result);

}  // namespace verbatim::screening
