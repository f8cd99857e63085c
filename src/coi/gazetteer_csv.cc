#include "coi/gazetteer_csv.h"

namespace verbatim::coi {

Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view text,
                                                       const std::string& source) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, field_started = false;
  int line = 1, quote_line = 0;
  auto end_field = [&] {
    row.push_back(std::move(field));
    field.clear();
    field_started = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
      quote_line = line;
    } else if (c == ',') {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      if (field_started || !row.empty()) {
        end_field();
        rows.push_back(std::move(row));
        row.clear();
      }
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted) {
    return InvalidArgument(source + ":" + std::to_string(quote_line) +
                           ": a quoted field is never closed");
  }
  if (field_started || !row.empty()) {
    end_field();
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace verbatim::coi
