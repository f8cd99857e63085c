#include "screening/sheet.h"

namespace verbatim::screening {

std::string SheetRow::Get(const std::string& column) const {
  const auto it = cells.find(column);
  return it == cells.end() ? "" : it->second;
}

Status SheetError(std::string_view sheet, int row, std::string_view column, std::string_view what) {
  std::string message = "Form sheet \"" + std::string(sheet) + "\"";
  if (row > 0) message += ", row " + std::to_string(row);
  if (!column.empty()) message += ", column \"" + std::string(column) + "\"";
  return InvalidArgument(message + ": " + std::string(what));
}

namespace {

// Splits CSV text into records of fields; reports the line of an unclosed quote.
Result<std::vector<std::vector<std::string>>> SplitCsv(std::string_view name,
                                                       std::string_view text) {
  std::vector<std::vector<std::string>> records(1);
  std::string field;
  bool quoted = false;
  int line = 1;
  int quote_line = 0;
  // A UTF-8 byte order mark, as spreadsheet programs write it, is not part of the first header.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  for (size_t i = 0; i < text.size(); ++i) {
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
    } else if (c == '"') {
      quoted = true;
      quote_line = line;
    } else if (c == ',') {
      records.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      records.back().push_back(std::move(field));
      field.clear();
      records.emplace_back();
      ++line;
    } else {
      field += c;
    }
  }
  if (quoted) return SheetError(name, quote_line, "", "a quoted cell is not closed");
  records.back().push_back(std::move(field));
  return records;
}

}  // namespace

Result<Sheet> ParseCsvSheet(std::string_view name, std::string_view text) {
  VB_ASSIGN_OR_RETURN(auto records, SplitCsv(name, text));
  Sheet sheet;
  sheet.name = std::string(name);
  sheet.columns = records.front();
  for (size_t r = 1; r < records.size(); ++r) {
    const auto& record = records[r];
    const int number = static_cast<int>(r) + 1;
    if (record.size() > sheet.columns.size()) {
      return SheetError(name, number, "", "the row has more cells than the header has columns");
    }
    SheetRow row;
    row.number = number;
    bool any = false;
    for (size_t c = 0; c < record.size(); ++c) {
      if (!record[c].empty()) any = true;
      row.cells[sheet.columns[c]] = record[c];
    }
    if (any) sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

}  // namespace verbatim::screening
