#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::screening {

/// One data row of an XLSForm sheet: cells by column header, and the row's number for messages.
struct SheetRow {
  int number = 0;
  std::map<std::string, std::string> cells;

  /// The cell in `column`, or "" when the column or the cell is absent.
  std::string Get(const std::string& column) const;
};

/// A sheet as the readers hand it to the form builder, whatever the file format.
struct Sheet {
  std::string name;  // "survey", "choices", "settings"
  std::vector<std::string> columns;
  std::vector<SheetRow> rows;
};

/// The one shape of every form error: it names the sheet, row and column so the author can fix
/// the spreadsheet without reading code.
Status SheetError(std::string_view sheet, int row, std::string_view column, std::string_view what);

/// Reads a CSV sheet (RFC 4180: quotes, doubled quotes, CRLF). The first line is the header;
/// data rows are numbered as a spreadsheet shows them, so the first data row is row 2. Rows whose
/// cells are all empty are skipped.
Result<Sheet> ParseCsvSheet(std::string_view name, std::string_view text);

}  // namespace verbatim::screening
