#include "speech/word_error_rate.h"

#include <algorithm>
#include <vector>

#include "speech/dictation_text.h"

namespace verbatim::speech {
namespace {

// Spoken forms that a transcript and a recogniser write differently but mean the same word.
WordSequence Canonical(std::string_view text) {
  WordSequence words = NormaliseWords(text);
  for (auto& w : words) {
    if (w == "mr") w = "mister";
    if (w == "mrs") w = "missus";
    if (w == "dr") w = "doctor";
  }
  return words;
}

}  // namespace

WordErrors CountWordErrors(std::string_view reference, std::string_view hypothesis) {
  const WordSequence ref = Canonical(reference);
  const WordSequence hyp = Canonical(hypothesis);
  std::vector<int> previous(hyp.size() + 1), current(hyp.size() + 1);
  for (size_t j = 0; j <= hyp.size(); ++j) previous[j] = int(j);
  for (size_t i = 1; i <= ref.size(); ++i) {
    current[0] = int(i);
    for (size_t j = 1; j <= hyp.size(); ++j) {
      const int substitution = previous[j - 1] + (ref[i - 1] == hyp[j - 1] ? 0 : 1);
      current[j] = std::min({substitution, previous[j] + 1, current[j - 1] + 1});
    }
    std::swap(previous, current);
  }
  return WordErrors{previous[hyp.size()], int(ref.size())};
}

}  // namespace verbatim::speech
