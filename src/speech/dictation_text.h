#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::speech {

/// A sentence as the recogniser's words: lower case, digits spelled out ("2019" → "twenty
/// nineteen"), punctuation dropped, apostrophes inside words kept ("didn't").
using WordSequence = std::vector<std::string>;

/// Splits text into sentences at . ? ! ; : and line ends and each sentence into words. Lines
/// starting with '#' are comments.
std::vector<WordSequence> SplitIntoSentences(std::string_view text);

/// The words of one phrase, normalised as above (for transcripts and vocabulary entries).
WordSequence NormaliseWords(std::string_view text);

/// "0" … "9999" as spoken; four-digit numbers from 1100 to 2099 as years are said
/// ("nineteen ninety eight", "two thousand and five", "twenty twenty three").
std::vector<std::string> NumberWords(int n);

}  // namespace verbatim::speech
