#include "speech/vocabulary.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"

namespace verbatim::speech {
namespace {

Status AddEntry(std::string_view entry, Vocabulary& out, const std::string& where) {
  std::string word;
  auto flush = [&]() -> Status {
    while (!word.empty() && (word.back() == '-' || word.back() == '\'')) word.pop_back();
    if (!word.empty() && std::find(out.begin(), out.end(), word) == out.end()) {
      if (out.size() == kMaxVocabularyWords) {
        return InvalidArgument(where + ": more than " + std::to_string(kMaxVocabularyWords) +
                               " vocabulary words");
      }
      out.push_back(word);
    }
    word.clear();
    return Status::Ok();
  };
  for (char c : entry) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u) || ((c == '\'' || c == '-') && !word.empty())) {
      word.push_back(char(std::tolower(u)));
    } else if (c == ' ' || c == '\t' || c == ',' || c == '.') {
      VB_RETURN_IF_ERROR(flush());
    } else {
      // The en-us model has phones for English only: a name in another script must be given in
      // Latin letters, as the case file's Latin form has it.
      return InvalidArgument(where + ": '" + std::string(entry) +
                             "' has a character other than Latin letters, apostrophe or hyphen; "
                             "give names in their Latin transcription");
    }
  }
  return flush();
}

}  // namespace

Result<Vocabulary> ParseVocabulary(std::string_view text, const std::string& what) {
  if (!IsValidUtf8(text)) return InvalidArgument(what + " is not UTF-8 text");
  Vocabulary out;
  int line_number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ++line_number;
    const std::string line = Trim(text.substr(start, end - start));
    start = end + 1;
    if (line.empty() || line[0] == '#') continue;
    VB_RETURN_IF_ERROR(AddEntry(line, out, what + ":" + std::to_string(line_number)));
  }
  return out;
}

Result<Vocabulary> VocabularyFromEntries(const std::vector<std::string>& entries,
                                         const std::string& what) {
  Vocabulary out;
  for (size_t i = 0; i < entries.size(); ++i) {
    VB_RETURN_IF_ERROR(AddEntry(Trim(entries[i]), out, what + "[" + std::to_string(i) + "]"));
  }
  return out;
}

}  // namespace verbatim::speech
