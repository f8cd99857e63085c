#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::interview {

/// One advisory remark on a question the officer is typing (CH-8). Hints never block anything:
/// the officer may ask the question as written.
struct QuestionHint {
  std::string rule;     // always "CH-8"
  std::string kind;     // "multiple_questions" | "leading" | "judging" | "too_long" | "jargon"
  std::string message;  // for the officer, in English, e.g. "Ask one question at a time."
  std::size_t start = 0, end = 0;  // byte offsets of the span in the question (0,0 when it is
                                   // the whole question)
  std::string match;               // the matched text ("" for too_long)
};

/// Hints for `question` in `language` ("en", "fr", "nl"), grouped by kind in the order
/// multiple_questions, leading, judging, too_long, jargon, and by position within a kind.
/// InvalidArgument for another language or invalid UTF-8; Internal when the language's rule file
/// is malformed (a bug caught by hints_test). Thread-safe: the rule files are parsed once.
Result<std::vector<QuestionHint>> HintsForQuestion(std::string_view question,
                                                   std::string_view language);

/// The languages that have a rule set, sorted ("en", "fr", "nl").
std::vector<std::string> HintLanguages();

}  // namespace verbatim::interview
