#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::screening {

/// The phrases of one language that indicate fear of return (UN-4), from data/screening/.
struct FearPhraseList {
  std::string language;  // "en", "ru"
  std::string name;
  bool reviewed = false;  // a fluent protection officer has reviewed the list
  std::vector<std::string> phrases;
};

/// One phrase found in a statement, for the officer to confirm.
struct FearExpression {
  std::string phrase;    // as written in the list
  std::string language;  // the list's language
  std::string excerpt;   // the statement around the match, in the person's own words
};

/// The lists compiled into the binary (en, ru), in that order.
const std::vector<FearPhraseList>& ShippedFearPhrases();

/// Parses a list file (see data/screening/README.md); the error names `file_name`.
Result<FearPhraseList> ParseFearPhraseList(std::string_view file_name, std::string_view text);

/// The phrases of `lists` found in `statement`: case-folded, from a word start to a word end (or
/// any word ending after a trailing `*`), `ё` read as `е`. Overlapping matches keep the longer
/// phrase; results are in statement order. `statement` must be valid UTF-8.
std::vector<FearExpression> FindFearExpressions(std::string_view statement,
                                                const std::vector<FearPhraseList>& lists);

}  // namespace verbatim::screening
