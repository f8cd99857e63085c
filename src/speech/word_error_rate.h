#pragma once

#include <string_view>

namespace verbatim::speech {

/// Word errors of a hypothesis against a reference: the fewest substitutions, deletions and
/// insertions (Levenshtein over words) after both are normalised the same way (lower case,
/// punctuation dropped, digits spelled, "mr" → "mister").
struct WordErrors {
  int errors = 0;
  int reference_words = 0;
  double rate() const { return reference_words == 0 ? 0.0 : double(errors) / reference_words; }
};

WordErrors CountWordErrors(std::string_view reference, std::string_view hypothesis);

}  // namespace verbatim::speech
