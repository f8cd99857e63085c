#include "speech/dictation_text.h"

#include <cctype>

namespace verbatim::speech {
namespace {

const char* const kOnes[] = {"zero",    "one",     "two",       "three",    "four",
                             "five",    "six",     "seven",     "eight",    "nine",
                             "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                             "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char* const kTens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                             "eighty", "ninety"};

void BelowHundred(int n, std::vector<std::string>& out) {
  if (n < 20) {
    out.push_back(kOnes[n]);
    return;
  }
  out.push_back(kTens[n / 10]);
  if (n % 10 != 0) out.push_back(kOnes[n % 10]);
}

void BelowThousand(int n, std::vector<std::string>& out) {
  if (n >= 100) {
    out.push_back(kOnes[n / 100]);
    out.push_back("hundred");
    if (n % 100 == 0) return;
    out.push_back("and");
    n %= 100;
  }
  BelowHundred(n, out);
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; }
bool EndsSentence(char c) { return c == '.' || c == '?' || c == '!' || c == ';' || c == ':' || c == '\n'; }

void AddToken(std::string token, WordSequence& words) {
  while (!token.empty() && token.front() == '\'') token.erase(token.begin());
  while (!token.empty() && token.back() == '\'') token.pop_back();
  if (token.empty()) return;
  if (std::isdigit(static_cast<unsigned char>(token[0]))) {
    // "3rd", "1990s": the digits are spelled, the rest is dropped.
    size_t digits = 0;
    while (digits < token.size() && std::isdigit(static_cast<unsigned char>(token[digits]))) ++digits;
    if (digits > 4) return;
    for (auto& w : NumberWords(std::stoi(token.substr(0, digits)))) words.push_back(w);
    return;
  }
  for (char& c : token) c = char(std::tolower(static_cast<unsigned char>(c)));
  words.push_back(std::move(token));
}

}  // namespace

std::vector<std::string> NumberWords(int n) {
  std::vector<std::string> out;
  if (n < 0 || n > 9999) return out;
  if (n >= 1100 && n <= 2099 && !(n >= 2000 && n <= 2009)) {
    // Years as people say them: "nineteen ninety eight", "twenty twenty three".
    BelowHundred(n / 100, out);
    if (n % 100 == 0) {
      out.push_back("hundred");
    } else if (n % 100 < 10) {
      out.push_back("oh");
      out.push_back(kOnes[n % 100]);
    } else {
      BelowHundred(n % 100, out);
    }
    return out;
  }
  if (n >= 1000) {
    BelowHundred(n / 1000, out);
    out.push_back("thousand");
    n %= 1000;
    if (n == 0) return out;
    if (n < 100) out.push_back("and");
  }
  BelowThousand(n, out);
  return out;
}

WordSequence NormaliseWords(std::string_view text) {
  WordSequence words;
  std::string token;
  for (char c : text) {
    if (IsWordChar(c)) {
      token.push_back(c);
    } else {
      AddToken(std::move(token), words);
      token.clear();
    }
  }
  AddToken(std::move(token), words);
  return words;
}

std::vector<WordSequence> SplitIntoSentences(std::string_view text) {
  std::vector<WordSequence> sentences;
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    if (!line.empty() && line[0] == '#') continue;
    size_t start = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i < line.size() && !EndsSentence(line[i])) continue;
      WordSequence words = NormaliseWords(line.substr(start, i - start));
      if (!words.empty()) sentences.push_back(std::move(words));
      start = i + 1;
    }
  }
  return sentences;
}

}  // namespace verbatim::speech
