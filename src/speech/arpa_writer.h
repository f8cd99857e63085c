#pragma once

#include <string>
#include <vector>

#include "speech/dictation_text.h"

namespace verbatim::speech {

/// Trains a back-off n-gram model (order 1 to 3) on `sentences` and returns it in ARPA format.
/// Smoothing is Witten-Bell: after a history h seen c(h) times with T(h) different next words,
/// a seen word gets c(h,w) / (c(h) + T(h)) and the rest, T(h) / (c(h) + T(h)), goes to the
/// lower order through the back-off weight, normalised over the words not seen after h. Each
/// sentence is wrapped in <s> … </s>.
std::string WriteArpa(const std::vector<WordSequence>& sentences, int order = 3);

}  // namespace verbatim::speech
