#pragma once

#include <string>
#include <vector>

#include "base/json.h"

namespace verbatim::speech {

/// One recognised word with its place in the audio (seconds from the start) and the engine's
/// confidence in it, 0 to 1.
struct TranscribedWord {
  std::string word;
  double start = 0;
  double end = 0;
  double confidence = 0;
};

/// What an engine heard. Only ever a draft: the officer reads and submits it (AS-6); nothing
/// here becomes part of the interview record by itself.
struct Transcript {
  std::string text;
  std::vector<TranscribedWord> words;
  std::string engine;
  /// Real-time factor: processing time divided by the audio's duration.
  double rtf = 0;
};

/// {"text","words":[{"word","start","end","confidence"}],"engine","rtf"}
Json TranscriptJson(const Transcript& transcript);

}  // namespace verbatim::speech
