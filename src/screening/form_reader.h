#pragma once

#include <string_view>

#include "base/json.h"
#include "base/result.h"
#include "screening/form.h"
#include "screening/sheet.h"

namespace verbatim::screening {

/// Builds and validates a form from its sheets. `settings` may have no rows. Every error is an
/// InvalidArgument naming the sheet, row and column (see SheetError).
Result<Form> BuildForm(const Sheet& survey, const Sheet& choices, const Sheet& settings);

/// Reads a form from the CSV export of each sheet; `settings_csv` may be empty.
Result<Form> ReadFormCsv(std::string_view survey_csv, std::string_view choices_csv,
                         std::string_view settings_csv);

/// Reads a form from `{"survey":[rows],"choices":[rows],"settings":{...}}`, each row an object
/// from column header to cell. Rows are numbered from 1 in the order of the array.
Result<Form> ReadFormJson(const Json& document);

/// ReadFormJson on JSON text.
Result<Form> ReadFormJsonText(std::string_view text);

/// Reads a form from the bytes of an .xlsx workbook with sheets survey, choices and (optionally)
/// settings. The first non-blank row of a sheet is its header; rows are numbered as the
/// spreadsheet shows them, columns in errors by letter when the header cannot name them.
Result<Form> ReadFormXlsx(std::string_view bytes);

}  // namespace verbatim::screening
