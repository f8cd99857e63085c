#include "screening/indicators.h"

#include "screening/engine.h"

namespace verbatim::screening {

std::string Indicator::marker() const {
  return std::string(protection ? "*" : "") + (trafficking ? "+" : "");
}

Result<IndicatorSummary> FindIndicators(const Form& form, const Json& answers) {
  // Only relevant questions count: an answer hidden by skip logic was never asked.
  VB_ASSIGN_OR_RETURN(FormCheck check, CheckAnswers(form, answers));
  IndicatorSummary summary;
  for (const auto& answered : check.relevant) {
    const Question& q = *answered.question;
    if (q.type != QuestionType::kSelectOne && q.type != QuestionType::kSelectMultiple) continue;
    for (const auto& name : answered.value.AsList()) {
      const Choice* choice = form.FindChoice(q, name);
      if (choice == nullptr || (!choice->protection_marker && !choice->trafficking_marker)) {
        continue;
      }
      // UN-10: '*' → potential asylum seeker; '+' → potential trafficking victim; both may hold.
      summary.potential_asylum_seeker |= choice->protection_marker;
      summary.potential_trafficking_victim |= choice->trafficking_marker;
      summary.indicators.push_back(
          {answered.path, name, choice->protection_marker, choice->trafficking_marker});
    }
  }
  return summary;
}

}  // namespace verbatim::screening
