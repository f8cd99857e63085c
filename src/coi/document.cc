#include "coi/document.h"

#include <cctype>

#include "base/text.h"

namespace verbatim::coi {
namespace {

bool IsDashLine(std::string_view line) {
  return line.size() >= 3 && line.find_first_not_of('-') == std::string_view::npos;
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

void Assign(Metadata& m, std::string_view key, std::string value) {
  if (key == "Title")
    m.title = std::move(value);
  else if (key == "Publisher")
    m.publisher = std::move(value);
  else if (key == "Country")
    m.country = std::move(value);
  else if (key == "Language")
    m.language = std::move(value);
  else if (key == "Published")
    m.published = std::move(value);
  else if (key == "Report period")
    m.report_period = std::move(value);
  else if (key == "Document type")
    m.document_type = std::move(value);
  else if (key == "Source")
    m.source = std::move(value);
  else if (key == "Licence" || key == "License")
    m.licence = std::move(value);
  // Other keys are kept in the body's original only: the header format may grow.
}

}  // namespace

Result<ParsedDocument> ParseDocument(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (!IsValidUtf8(text)) return InvalidArgument("the file is not UTF-8 text");
  ParsedDocument doc;
  std::size_t pos = 0;
  Metadata m;
  bool header = false;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line = Trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (IsDashLine(line)) {
      header = true;
      break;
    }
    const std::size_t colon = line.find(": ");
    if (colon == std::string::npos || colon == 0) break;  // not a header block
    Assign(m, line.substr(0, colon), Trim(std::string_view(line).substr(colon + 2)));
  }
  if (!header) {
    doc.body = std::string(text);
    return doc;
  }
  for (auto& c : m.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!m.country.empty() &&
      (m.country.size() != 2 || !std::isalpha(m.country[0]) || !std::isalpha(m.country[1]))) {
    return InvalidArgument("the header's Country '" + m.country +
                           "' is not an ISO 3166 alpha-2 code");
  }
  doc.metadata = std::move(m);
  doc.body = std::string(text.substr(std::min(pos, text.size())));
  return doc;
}

std::string PublishedDate(std::string_view p) {
  if (p.size() >= 4 && AllDigits(p.substr(0, 4))) {
    if (p.size() == 4) return std::string(p) + "-01-01";
    if (p.size() == 7 && p[4] == '-' && AllDigits(p.substr(5))) return std::string(p) + "-01";
    if (p.size() == 10 && p[4] == '-' && p[7] == '-' && AllDigits(p.substr(5, 2)) &&
        AllDigits(p.substr(8))) {
      return std::string(p);
    }
  }
  return "";
}

}  // namespace verbatim::coi
