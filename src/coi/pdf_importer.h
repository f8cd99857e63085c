#pragma once

#include <string_view>

#include "base/result.h"
#include "coi/document.h"

namespace verbatim::coi {

/// Reads a PDF (poppler-cpp): the text of its pages in reading order, one page after the other,
/// which the passage splitter reads as hard-wrapped text; metadata from the info dictionary
/// (Title, Author as publisher, CreationDate as the publication date, Subject as the document
/// type). InvalidArgument for a file that is not a PDF, is encrypted, or has no text layer (a
/// scan, which needs OCR first).
Result<ParsedDocument> ParsePdf(std::string_view bytes);

}  // namespace verbatim::coi
