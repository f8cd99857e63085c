#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::coi {

/// A word of a text, as the extractors match it.
struct TextWord {
  std::string text;       // as written
  std::string key;        // MatchKey(text)
  std::size_t begin = 0;  // byte offsets in the text
  std::size_t end = 0;
  bool capitalised = false;   // begins with an upper-case letter (scripts without case: false)
  bool cased_script = false;  // written in a script with case (Latin, Cyrillic, Greek, …)
  bool latin = false;         // its letters are Latin
  bool cyrillic = false;      // it has Cyrillic letters
};

/// The form names are compared in: Unicode case folding, diacritics and other non-spacing marks
/// removed (Arabic short vowels too), apostrophes and ‘ayn/hamza signs dropped ("‘Afrīn" →
/// "afrin", "Rif'at" → "rifat"). Several words stay separated by one space.
std::string MatchKey(std::string_view text);

/// Latin letters for a Cyrillic word (ICU "Any-Latin; Latin-ASCII"), then MatchKey: "Кабул" →
/// "kabul". Thread-safe.
std::string CyrillicToLatinKey(std::string_view word);

/// The words of `text`: runs of letters, digits and combining marks. Apostrophes inside a word
/// belong to it; every other character separates words (so "Mazar-e-Sharif" is three words,
/// as the gazetteer's "Mazār-e Sharīf" is).
std::vector<TextWord> Words(std::string_view text);

}  // namespace verbatim::coi
