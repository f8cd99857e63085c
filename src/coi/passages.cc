#include "coi/passages.h"

#include <cctype>

#include "base/text.h"

namespace verbatim::coi {
namespace {

constexpr std::size_t kMergeBelow = 300;   // bytes: a passage this short takes its neighbour
constexpr std::size_t kSplitAbove = 1600;  // bytes: a paragraph this long is cut
constexpr std::size_t kTargetSize = 1000;
constexpr std::size_t kMaxHeadingLine = 90;
constexpr std::size_t kWrappedHeadingWidth = 45;  // a heading line this long may have wrapped

bool IsSmallWord(std::string_view w) {
  for (const char* s : {"a", "an", "and", "or", "of", "the", "in", "on", "for", "to", "by", "with",
                        "at", "from", "against", "as"}) {
    if (w == s) return true;
  }
  return false;
}

std::vector<std::string_view> Words(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t end = line.find(' ', i);
    if (end == std::string_view::npos) end = line.size();
    if (end > i) words.push_back(line.substr(i, end - i));
    i = end;
  }
  return words;
}

bool EndsSentence(std::string_view line) {
  if (line.empty()) return false;
  if (line.ends_with("\xE2\x80\x9D")) return true;  // ” closing quotation mark
  const char c = line.back();
  return c == '.' || c == '?' || c == '!' || c == '"' || c == ';' || c == ':';
}

// A line of a hard-wrapped PDF text that reads as a heading: short, not ending a sentence, and in
// Title Case apart from small words ("a. Arbitrary Deprivation of Life and Other Unlawful or").
bool LooksLikeHeading(std::string_view line) {
  if (line.size() > kMaxHeadingLine || EndsSentence(line) || line.ends_with(",")) return false;
  const auto words = Words(line);
  if (words.empty() || words.size() > 12) return false;
  int lower = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(words[i][0]);
    if (std::islower(c) && !IsSmallWord(words[i]) && !(i == 0 && words[i].size() == 2)) ++lower;
  }
  if (lower != 0) return false;
  const unsigned char first = static_cast<unsigned char>(line[0]);
  return std::isupper(first) != 0 ||
         (std::islower(first) != 0 && line.size() > 2 && line[1] == '.');
}

// The level of a wrapped-text heading: "Section 1." above "a." above any other.
std::size_t WrappedHeadingLevel(std::string_view line) {
  if (line.starts_with("Section ")) return 2;
  if (line.size() > 2 && std::islower(static_cast<unsigned char>(line[0])) && line[1] == '.') {
    return 3;
  }
  return 4;
}

// A Factbook field label on its own: short, no sentence end, no "key: value" colon.
bool LooksLikeLabel(std::string_view p) {
  return p.size() <= 60 && p.find(':') == std::string_view::npos && !EndsSentence(p) &&
         std::isupper(static_cast<unsigned char>(p[0])) != 0;
}

class Builder {
 public:
  void SetHeading(std::size_t level, const std::string& text) {
    levels_.resize(level - 1);
    levels_.push_back(text);
    label_.clear();
  }
  void ExtendHeading(const std::string& more) { levels_.back() += " " + more; }
  void SetLabel(std::string label) { label_ = std::move(label); }
  bool has_label() const { return !label_.empty(); }
  void ClearLabel() { label_.clear(); }

  void AddParagraph(std::string text) {
    const std::string heading = Heading();
    while (text.size() > kSplitAbove) {
      std::size_t cut = text.rfind(". ", kTargetSize);
      if (cut == std::string::npos || cut < kTargetSize / 2) cut = text.find(". ", kTargetSize);
      if (cut == std::string::npos || cut + 2 >= text.size()) break;
      Add(heading, text.substr(0, cut + 1));
      text = text.substr(cut + 2);
    }
    Add(heading, std::move(text));
  }

  std::vector<Passage> Take() { return std::move(passages_); }

 private:
  // Level 1 is the document's own title, which every passage shares; it adds nothing.
  std::string Heading() const {
    std::string h;
    for (std::size_t i = 1; i < levels_.size(); ++i) {
      if (levels_[i].empty()) continue;
      h += (h.empty() ? "" : " \xE2\x80\xBA ") + levels_[i];
    }
    if (!label_.empty()) h += (h.empty() ? "" : " \xE2\x80\xBA ") + label_;
    return h;
  }

  void Add(const std::string& heading, std::string text) {
    if (!passages_.empty() && passages_.back().heading == heading &&
        passages_.back().text.size() < kMergeBelow) {
      passages_.back().text += "\n" + text;
    } else {
      passages_.push_back({heading, std::move(text)});
    }
  }

  std::vector<std::string> levels_;
  std::string label_;
  std::vector<Passage> passages_;
};

std::vector<std::string> Lines(std::string_view body) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    lines.push_back(Trim(body.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

std::vector<Passage> SplitMarkdown(const std::vector<std::string>& lines) {
  // Paragraphs first: lines between blank lines, joined with spaces.
  std::vector<std::string> paragraphs;
  std::string current;
  for (const auto& line : lines) {
    if (line.empty() || line.starts_with("#")) {
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
      if (!line.empty()) paragraphs.push_back(line);
    } else {
      current += (current.empty() ? "" : " ") + line;
    }
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));

  Builder b;
  bool after_label = false;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const std::string& p = paragraphs[i];
    const std::size_t hashes = p.find_first_not_of('#');
    if (hashes > 0 && hashes != std::string::npos && p[hashes] == ' ') {
      b.SetHeading(hashes, Trim(std::string_view(p).substr(hashes)));
      after_label = false;
      continue;
    }
    const bool next_is_text = i + 1 < paragraphs.size() && !paragraphs[i + 1].starts_with("#");
    // A label is followed by its value, which is never a label itself even when short.
    if (!after_label && next_is_text && LooksLikeLabel(p)) {
      b.SetLabel(p);
      after_label = true;
      continue;
    }
    after_label = false;
    b.AddParagraph(p);
  }
  return b.Take();
}

std::vector<Passage> SplitWrapped(const std::vector<std::string>& lines) {
  Builder b;
  std::string current;
  bool extend_heading = false;
  for (const auto& line : lines) {
    if (line.empty()) {
      if (!current.empty()) b.AddParagraph(std::move(current));
      current.clear();
      continue;
    }
    if (current.empty() && LooksLikeHeading(line)) {
      // A heading the PDF wrapped ends on a small word ("... Unlawful or") or fills its line;
      // "Section 2." and "b." always start a heading of their own.
      if (extend_heading && WrappedHeadingLevel(line) == 4) {
        b.ExtendHeading(line);
      } else {
        b.SetHeading(WrappedHeadingLevel(line), line);
      }
      const auto words = Words(line);
      extend_heading = IsSmallWord(words.back()) || line.size() > kWrappedHeadingWidth;
      continue;
    }
    extend_heading = false;
    current += (current.empty() ? "" : " ") + line;
    if (EndsSentence(line)) {
      b.AddParagraph(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) b.AddParagraph(std::move(current));
  return b.Take();
}

}  // namespace

std::vector<Passage> SplitPassages(std::string_view body) {
  const auto lines = Lines(body);
  std::size_t blank = 0;
  for (const auto& l : lines) blank += l.empty() ? 1 : 0;
  // PDF text wrapped at ~80 columns has almost no blank lines; Markdown has one per paragraph.
  const bool wrapped = lines.size() > 20 && blank * 10 < lines.size();
  return wrapped ? SplitWrapped(lines) : SplitMarkdown(lines);
}

}  // namespace verbatim::coi
