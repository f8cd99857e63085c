#pragma once

#include "base/json.h"
#include "base/result.h"
#include "screening/form.h"
#include "screening/value.h"

namespace verbatim::screening {

/// Checks that `answers` fits `form`: an object from question name to value (a choice name for
/// select_one, an array of choice names for select_multiple, an array of objects for a repeat, a
/// number for integer/decimal, YYYY-MM-DD for date, a string for text). Questions inside a repeat
/// are answered inside its instances only. The error names the unknown question or choice.
Status ValidateAnswers(const Form& form, const Json& answers);

/// The answer `json` to `question` as a Value; assumes ValidateAnswers passed.
Value AnswerValue(const Question& question, const Json& json);

}  // namespace verbatim::screening
