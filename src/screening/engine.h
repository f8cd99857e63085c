#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/json.h"
#include "base/result.h"
#include "screening/form.h"
#include "screening/value.h"

namespace verbatim::screening {

/// Something an officer must fix before the questionnaire is complete.
struct Issue {
  enum class Kind { kRequiredMissing, kConstraintFailed };
  Kind kind = Kind::kRequiredMissing;
  /// Where: "reasons", or "route[2]/country" inside the second instance of a repeat.
  std::string path;
  /// The constraint_message, or a default sentence naming the question.
  std::string message;
};

/// A relevant question and its answer (empty when unanswered).
struct AnsweredQuestion {
  std::string path;
  const Question* question = nullptr;  // points into the Form, which must outlive this
  Value value;
  /// For a question with a choice_filter: the choice names it offers now, in list order.
  std::optional<std::vector<std::string>> offered;
};

/// The state of a questionnaire for one set of answers.
struct FormCheck {
  /// Relevant questions, groups and repeats in form order (skip logic applied); repeat children
  /// once per instance.
  std::vector<AnsweredQuestion> relevant;
  std::vector<Issue> issues;

  bool complete() const { return issues.empty(); }
  /// Whether `path` is among the relevant ones.
  bool IsRelevant(std::string_view path) const;
};

/// Applies skip logic, required and constraints of `form` to `answers` (see ValidateAnswers for
/// their shape). Answers to questions that are not relevant are ignored, as ODK discards them.
/// Fails only when the answers do not fit the form.
Result<FormCheck> CheckAnswers(const Form& form, const Json& answers);

}  // namespace verbatim::screening
