#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::speech {

/// CMU phones ("K AE N D AH HH AA R") from espeak-ng's IPA output for one word, phonemes
/// separated by '_' (`espeak-ng -q --ipa --sep=_`). Stress and length marks are dropped; an
/// IPA symbol with no CMU counterpart is skipped. Empty when nothing maps.
std::string CmuPhonesFromIpa(std::string_view ipa);

/// CMU phones from spelling alone: the fallback when espeak-ng is not installed.
std::string CmuPhonesFromLetters(std::string_view word);

/// Pronunciations for words missing from the dictionary (lower-case ASCII letters, apostrophe,
/// hyphen): espeak-ng's American English phonemes mapped to the CMU set, letter rules where
/// espeak-ng is missing or gives nothing. Runs espeak-ng once for all words.
std::map<std::string, std::string> PronounceWords(const std::vector<std::string>& words);

}  // namespace verbatim::speech
