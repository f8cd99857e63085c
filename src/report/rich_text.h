#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::report {

/// How a run of text is set; combine with `|`. The renderer maps these onto pango attributes,
/// so the content code never builds pango markup and verbatim text never needs escaping.
enum TextStyle : unsigned {
  kPlain = 0,
  kBold = 1u << 0,
  kItalic = 1u << 1,
  kStrike = 1u << 2,  // the original of a corrected entry (CH-7.1): struck through, still legible
  kSmall = 1u << 3,
  kMuted = 1u << 4,  // grey, for secondary information (entry numbers, notes about entries)
};

/// A run of `RichText::text()` in byte offsets.
struct TextRun {
  std::size_t begin = 0;
  std::size_t end = 0;
  unsigned style = kPlain;
};

/// UTF-8 text with styled runs. Paragraphs are separated by '\n'; each paragraph takes its own
/// direction from its first strong character, so a verbatim Arabic answer set in a paragraph of
/// its own reads right to left while its English label stays left to right.
class RichText {
 public:
  RichText() = default;
  explicit RichText(std::string_view text, unsigned style = kPlain) { Add(text, style); }

  /// Appends `text` set in `style`.
  RichText& Add(std::string_view text, unsigned style = kPlain) {
    if (!text.empty()) {
      runs_.push_back({text_.size(), text_.size() + text.size(), style});
      text_.append(text);
    }
    return *this;
  }

  /// Starts a new paragraph, unless the text is still empty.
  RichText& NewParagraph() {
    if (!text_.empty()) text_.push_back('\n');
    return *this;
  }

  const std::string& text() const { return text_; }
  const std::vector<TextRun>& runs() const { return runs_; }
  bool empty() const { return text_.empty(); }

 private:
  std::string text_;
  std::vector<TextRun> runs_;
};

}  // namespace verbatim::report
