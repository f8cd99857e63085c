#include "speech/transcript.h"

#include <cmath>

namespace verbatim::speech {
namespace {

// Dividing by a whole scale gives the nearest double to the decimal (3.55, not 3.5500000000000003).
double Round(double v, double scale) { return std::round(v * scale) / scale; }

}  // namespace

Json TranscriptJson(const Transcript& t) {
  Json words = Json::array();
  for (const auto& w : t.words) {
    words.push_back({{"word", w.word},
                     {"start", Round(w.start, 100)},
                     {"end", Round(w.end, 100)},
                     {"confidence", Round(w.confidence, 1000)}});
  }
  return {{"text", t.text}, {"words", words}, {"engine", t.engine}, {"rtf", Round(t.rtf, 1000)}};
}

}  // namespace verbatim::speech
