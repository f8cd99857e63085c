#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace verbatim::coi {

/// What a COI document says about itself: the header block of data/coi's files, or what the
/// importer was told.
struct Metadata {
  std::string title;
  std::string publisher;
  std::string country;  // ISO 3166-1 alpha-2, upper case
  std::string language;
  std::string published;  // "2025" or "2026-01-22", as given
  std::string report_period;
  std::string document_type;
  std::string source;
  std::string licence;
};

/// A file split into its metadata and the text after the header.
struct ParsedDocument {
  Metadata metadata;
  std::string body;
};

/// Reads the header block (`Key: value` lines ended by a line of dashes, data/README.md's format)
/// when the text starts with one; otherwise the whole text is the body and the metadata is
/// empty. InvalidArgument for text that is not UTF-8 or a Country that is not two letters.
Result<ParsedDocument> ParseDocument(std::string_view text);

/// "2025" → "2025-01-01", "2025-03" → "2025-03-01", "2025-03-04" stays; "" when unreadable. A bare
/// year counts from its first day so that date filters keep it inside its year.
std::string PublishedDate(std::string_view published);

}  // namespace verbatim::coi
