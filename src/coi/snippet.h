#pragma once

#include <string>
#include <string_view>

namespace verbatim::coi {

/// A snippet as the database returns it (matches between store::kCoiMarkStart and
/// kCoiMarkEnd) made safe to put into HTML: the text is escaped (& < > " '), then each match
/// wrapped in <mark>…</mark>. A mark left open is closed at the end. Nothing else of the text
/// can become markup.
std::string HighlightSnippet(std::string_view raw);

/// The same snippet as plain text (for a terminal): the marks become `open` and `close`.
std::string PlainSnippet(std::string_view raw, std::string_view open, std::string_view close);

}  // namespace verbatim::coi
