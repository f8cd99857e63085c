#include "speech/pronouncer.h"

#include <algorithm>
#include <sstream>
#include <utility>

#include "speech/process_runner.h"

namespace verbatim::speech {
namespace {

// espeak-ng's en-us phonemes (IPA) → the 39 phones of the CMU dictionary and the en-us model.
// Longest match wins, so "ɑːɹ" is tried before "ɑː".
const std::vector<std::pair<std::string, std::string>>& IpaTable() {
  static const std::vector<std::pair<std::string, std::string>> table = [] {
    std::vector<std::pair<std::string, std::string>> t = {
        {"ɜːɹ", "ER"}, {"aɪə", "AY ER"}, {"aɪ", "AY"},   {"aʊ", "AW"},   {"eɪ", "EY"},   {"oʊ", "OW"},
        {"ɔɪ", "OY"},     {"ɑːɹ", "AA R"}, {"ɔːɹ", "AO R"}, {"ɛɹ", "EH R"}, {"ɪɹ", "IH R"},
        {"ʊɹ", "UH R"},   {"iə", "IY AH"}, {"ɪə", "IH R"}, {"ɜː", "ER"},   {"ɚ", "ER"},
        {"ɝ", "ER"},      {"iː", "IY"},   {"i", "IY"},    {"ɪ", "IH"},    {"ᵻ", "IH"},
        {"e", "EH"},      {"ɛ", "EH"},    {"æ", "AE"},    {"a", "AE"},    {"ɑː", "AA"},
        {"ɑ", "AA"},      {"ɒ", "AA"},    {"ɔː", "AO"},   {"ɔ", "AO"},    {"o", "OW"},
        {"ʊ", "UH"},      {"uː", "UW"},   {"u", "UW"},    {"ʌ", "AH"},    {"ə", "AH"},
        {"ɐ", "AH"},      {"əl", "AH L"}, {"l̩", "AH L"},  {"n̩", "AH N"},  {"tʃ", "CH"},
        {"dʒ", "JH"},     {"p", "P"},     {"b", "B"},     {"t", "T"},     {"d", "D"},
        {"k", "K"},       {"ɡ", "G"},     {"g", "G"},     {"f", "F"},     {"v", "V"},
        {"θ", "TH"},      {"ð", "DH"},    {"s", "S"},     {"z", "Z"},     {"ʃ", "SH"},
        {"ʒ", "ZH"},      {"h", "HH"},    {"x", "HH"},    {"m", "M"},     {"n", "N"},
        {"ŋ", "NG"},      {"l", "L"},     {"ɫ", "L"},     {"ɹ", "R"},     {"r", "R"},
        {"ɾ", "T"},       {"w", "W"},     {"j", "Y"},     {"ʔ", ""},
    };
    std::stable_sort(t.begin(), t.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return t;
  }();
  return table;
}

// Marks that carry no phone: primary and secondary stress, length, the zero-width joiner
// espeak-ng puts inside diphthongs, and the separator itself.
std::string StripMarks(std::string_view ipa) {
  static const std::string kMarks[] = {"ˈ", "ˌ", "\u200d", "_", "-", " ", "ː"};
  std::string out(ipa);
  for (const auto& mark : kMarks) {
    if (mark == "ː") continue;  // length stays: it tells ɑː from ɑ in the table
    for (size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at)) {
      out.erase(at, mark.size());
    }
  }
  return out;
}

// Adds phones, dropping a repeat of the last one: espeak-ng writes "ɑːɹɹ" for one r sound.
void Append(std::string& phones, const std::string& more) {
  if (more.empty()) return;
  const size_t last = phones.rfind(' ');
  const std::string previous = last == std::string::npos ? phones : phones.substr(last + 1);
  if (previous == more) return;
  if (!phones.empty()) phones += ' ';
  phones += more;
}

}  // namespace

std::string CmuPhonesFromIpa(std::string_view ipa) {
  const std::string text = StripMarks(ipa);
  std::string phones;
  size_t at = 0;
  while (at < text.size()) {
    bool matched = false;
    for (const auto& [symbol, cmu] : IpaTable()) {
      if (text.compare(at, symbol.size(), symbol) == 0) {
        Append(phones, cmu);
        at += symbol.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    // An unknown symbol (a length mark after a short vowel, a diacritic): skip its UTF-8 bytes.
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return phones;
}

std::string CmuPhonesFromLetters(std::string_view word) {
  static const std::vector<std::pair<std::string, std::string>> rules = {
      {"tch", "CH"}, {"sch", "SH"}, {"ch", "CH"}, {"sh", "SH"}, {"th", "TH"}, {"ph", "F"},
      {"kh", "K"},   {"gh", "G"},   {"zh", "ZH"}, {"ck", "K"},  {"ng", "NG"}, {"qu", "K W"},
      {"ee", "IY"},  {"oo", "UW"},  {"ou", "AW"}, {"ai", "AY"}, {"ay", "EY"}, {"ei", "EY"},
      {"ie", "IY"},  {"ea", "IY"},  {"oa", "OW"}, {"a", "AA"},  {"b", "B"},   {"c", "K"},
      {"d", "D"},    {"e", "EH"},   {"f", "F"},   {"g", "G"},   {"h", "HH"},  {"i", "IY"},
      {"j", "JH"},   {"k", "K"},    {"l", "L"},   {"m", "M"},   {"n", "N"},   {"o", "OW"},
      {"p", "P"},    {"q", "K"},    {"r", "R"},   {"s", "S"},   {"t", "T"},   {"u", "UW"},
      {"v", "V"},    {"w", "W"},    {"x", "K S"}, {"y", "Y"},   {"z", "Z"},
  };
  std::string phones;
  size_t at = 0;
  while (at < word.size()) {
    bool matched = false;
    for (const auto& [letters, cmu] : rules) {
      if (word.compare(at, letters.size(), letters) == 0) {
        // A doubled consonant is one sound ("Hassan").
        if (!(letters.size() == 1 && at > 0 && word[at - 1] == word[at])) Append(phones, cmu);
        at += letters.size();
        matched = true;
        break;
      }
    }
    if (!matched) ++at;
  }
  return phones;
}

std::map<std::string, std::string> PronounceWords(const std::vector<std::string>& words) {
  std::map<std::string, std::string> out;
  if (words.empty()) return out;
  std::string input;
  for (const auto& w : words) input += w + "\n";
  // One word a line in, one a line out: espeak-ng ends a clause at each line break.
  auto spoken = RunProcess({"espeak-ng", "-q", "--ipa", "--sep=_", "-v", "en-us"}, input,
                           std::chrono::seconds(20));
  std::vector<std::string> lines;
  if (spoken.ok() && spoken->exit_code == 0) {
    std::istringstream in(spoken->out);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.find_first_not_of(' ') != std::string::npos) lines.push_back(line);
    }
  }
  const bool aligned = lines.size() == words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    std::string phones = aligned ? CmuPhonesFromIpa(lines[i]) : "";
    if (phones.empty()) phones = CmuPhonesFromLetters(words[i]);
    if (!phones.empty()) out[words[i]] = phones;
  }
  return out;
}

}  // namespace verbatim::speech
