#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::speech {

/// The case's own words (names, places) that dictation must be able to write. Lower case,
/// one recogniser word each; a name of several words ("Abu Bakr") gives several.
using Vocabulary = std::vector<std::string>;

/// The most words one request may add: enough for a case file and its COI comparison, small
/// enough that pronouncing them stays well under a second.
inline constexpr size_t kMaxVocabularyWords = 500;

/// Reads a vocabulary list: one word or name a line, blank lines and '#' comments ignored.
/// Words keep letters, apostrophes and hyphens; anything else is an error naming `what` and the
/// line. Duplicates are dropped.
Result<Vocabulary> ParseVocabulary(std::string_view text, const std::string& what);

/// Adds `entries` (names as the API receives them) the same way ParseVocabulary treats lines.
Result<Vocabulary> VocabularyFromEntries(const std::vector<std::string>& entries,
                                         const std::string& what);

}  // namespace verbatim::speech
