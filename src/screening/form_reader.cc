#include "screening/form_reader.h"

#include <algorithm>

namespace verbatim::screening {
namespace {

// A cell must be text; numbers and booleans are accepted because JSON authors write them for
// `required` or numeric choice names.
Result<std::string> CellText(std::string_view sheet, int row, const std::string& column,
                             const Json& cell) {
  if (cell.is_string()) return cell.get<std::string>();
  if (cell.is_null()) return std::string();
  if (cell.is_boolean()) return std::string(cell.get<bool>() ? "yes" : "no");
  if (cell.is_number_integer()) return std::to_string(cell.get<long long>());
  if (cell.is_number()) return cell.dump();
  return SheetError(sheet, row, column, "a cell must be a string, number or boolean");
}

Result<Sheet> JsonSheet(std::string_view name, const Json& rows) {
  Sheet sheet;
  sheet.name = std::string(name);
  if (rows.is_null()) return sheet;
  if (!rows.is_array()) return SheetError(name, 0, "", "the sheet must be an array of rows");
  for (size_t i = 0; i < rows.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    if (!rows[i].is_object()) return SheetError(name, number, "", "a row must be an object");
    SheetRow row;
    row.number = number;
    for (const auto& [column, cell] : rows[i].items()) {
      VB_ASSIGN_OR_RETURN(row.cells[column], CellText(name, number, column, cell));
      if (std::find(sheet.columns.begin(), sheet.columns.end(), column) == sheet.columns.end()) {
        sheet.columns.push_back(column);
      }
    }
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

}  // namespace

Result<Form> ReadFormCsv(std::string_view survey_csv, std::string_view choices_csv,
                         std::string_view settings_csv) {
  VB_ASSIGN_OR_RETURN(Sheet survey, ParseCsvSheet("survey", survey_csv));
  VB_ASSIGN_OR_RETURN(Sheet choices, ParseCsvSheet("choices", choices_csv));
  Sheet settings;
  settings.name = "settings";
  if (!settings_csv.empty()) {
    VB_ASSIGN_OR_RETURN(settings, ParseCsvSheet("settings", settings_csv));
  }
  return BuildForm(survey, choices, settings);
}

Result<Form> ReadFormJson(const Json& document) {
  if (!document.is_object()) {
    return InvalidArgument("A form must be a JSON object with survey, choices and settings.");
  }
  VB_ASSIGN_OR_RETURN(Sheet survey, JsonSheet("survey", document.value("survey", Json())));
  VB_ASSIGN_OR_RETURN(Sheet choices, JsonSheet("choices", document.value("choices", Json())));
  // settings is one row; JSON writes it as an object rather than a one-element array.
  Json settings_rows = document.value("settings", Json());
  if (settings_rows.is_object()) settings_rows = Json::array({settings_rows});
  VB_ASSIGN_OR_RETURN(Sheet settings, JsonSheet("settings", settings_rows));
  return BuildForm(survey, choices, settings);
}

Result<Form> ReadFormJsonText(std::string_view text) {
  VB_ASSIGN_OR_RETURN(Json document, ParseJson(text));
  return ReadFormJson(document);
}

}  // namespace verbatim::screening
