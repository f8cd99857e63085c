#pragma once

#include <string_view>

#include "base/result.h"
#include "coi/document.h"

namespace verbatim::coi {

/// Reads an HTML page (gumbo) into the form the passage splitter reads: the text of the body,
/// paragraphs separated by blank lines, h1–h6 as Markdown headings (`## Heading`), so that they
/// become the passages' headings. script, style, nav, noscript and template are dropped: they
/// are code or site navigation, not the report. Metadata comes from <title>, <html lang> and
/// <meta> (author/publisher/DC.publisher, date/DC.date/article:published_time,
/// language/DC.language, DC.type, og:url/DC.source). InvalidArgument for text that is not UTF-8
/// or a page without text.
Result<ParsedDocument> ParseHtml(std::string_view html);

}  // namespace verbatim::coi
