#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::coi {

/// True when `key` has a letter of the Arabic script (Arabic, Persian/Dari, Pashto, Urdu,
/// Kurdish), the only script the gazetteer folds further than MatchKey does.
bool HasArabicScript(std::string_view key);

/// A MatchKey in Arabic script folded so that the spellings of one name in Arabic, Persian,
/// Pashto and Urdu, and the ways keyboards type them, compare equal: yeh (ي ی ى ۍ ې ے), kaf
/// (ك ک ڪ), heh and teh marbuta (ه ة ە ہ ۃ ھ), alef wasla (ٱ → ا; the hamza and madda forms
/// أ إ آ are already plain alef after MatchKey), and the standalone hamza ء is dropped
/// ("كربلاء" = "کربلا"). Harakat and tatweel are already gone (MatchKey). A key without Arabic
/// letters comes back unchanged.
std::string FoldArabicScript(std::string key);

/// The forms a folded Arabic-script word may have without the particles that Arabic writes
/// attached to it: و "and", then one of ب "in", ل "to", ك "like", then ال "the" ("بالموصل" →
/// "الموصل", "وكابل" → "كابل", "للموصل" → "الموصل", "بأم" → "ام" of "أم درمان"). Shortest
/// strip first; empty when the word has no such prefix. The caller tries these only when the
/// whole word is not a name, and applies its own minimum length to the name found.
std::vector<std::string> WithoutAttachedParticles(const std::string& folded_word);

/// The smallest number of letters a one-word name must have to be taken for a place: 3, and 2
/// in the Ethiopic syllabary, where one letter is a syllable ("ደሴ" Dessie, "ጅማ" Jimma).
std::size_t MinimumNameLetters(std::string_view key);

/// True when a word in this key is written without capital letters even though Unicode gives
/// its script case: Georgian Mkhedruli (its Mtavruli capitals are used only for headings).
bool WrittenWithoutCapitals(std::string_view key);

/// True when every letter of `text` is of the script named by its ISO 15924 code ("Arab",
/// "Ethi", "Geor", "Armn"); spaces, ZWNJ and marks are allowed. False for any other code.
bool WrittenInScript(std::string_view text, std::string_view iso15924);

}  // namespace verbatim::coi
