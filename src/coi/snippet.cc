#include "coi/snippet.h"

#include "store/coi_table.h"

namespace verbatim::coi {
namespace {

// Calls `text` for runs of text and `mark(true|false)` at each marker; closes an open mark.
template <typename Text, typename Mark>
void Walk(std::string_view raw, Text text, Mark mark) {
  const std::string_view start = store::kCoiMarkStart;
  const std::string_view end = store::kCoiMarkEnd;
  bool open = false;
  std::size_t run = 0;
  for (std::size_t i = 0; i < raw.size();) {
    const bool is_start = raw.substr(i).starts_with(start);
    const bool is_end = !is_start && raw.substr(i).starts_with(end);
    if (!is_start && !is_end) {
      ++i;
      continue;
    }
    text(raw.substr(run, i - run));
    if (is_start && !open) mark(true), open = true;
    if (is_end && open) mark(false), open = false;
    i += start.size();
    run = i;
  }
  text(raw.substr(run));
  if (open) mark(false);
}

}  // namespace

std::string HighlightSnippet(std::string_view raw) {
  std::string out;
  out.reserve(raw.size() + 32);
  Walk(
      raw,
      [&out](std::string_view text) {
        for (char c : text) {
          switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
          }
        }
      },
      [&out](bool open) { out += open ? "<mark>" : "</mark>"; });
  return out;
}

std::string PlainSnippet(std::string_view raw, std::string_view open, std::string_view close) {
  std::string out;
  Walk(
      raw, [&out](std::string_view text) { out += text; },
      [&](bool is_open) { out += is_open ? open : close; });
  return out;
}

}  // namespace verbatim::coi
