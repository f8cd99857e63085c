#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "screening/form.h"

namespace verbatim::screening {

/// The file formats a team may load its own XLSForm from (issue 5).
enum class FormFormat { kXlsx, kJson, kCsv };

/// "xlsx", "json", "csv": the spelling stored with a form and shown in lists.
const char* FormFormatName(FormFormat format);
/// The inverse of FormFormatName; InvalidArgument names the text.
Result<FormFormat> ParseFormFormat(std::string_view name);

/// The content of a CSV form: one CSV file per sheet cannot be one byte string, so the sheets'
/// texts are kept, unchanged, as the JSON text {"survey":"…","choices":"…","settings":"…"}.
std::string BundleCsvSheets(std::string_view survey, std::string_view choices,
                            std::string_view settings);

/// Reads a form from its content as loaded and stored: the .xlsx or JSON file's bytes, or a CSV
/// bundle. Errors are the readers' (sheet, row, column).
Result<Form> ReadFormContent(FormFormat format, std::string_view content);

/// The questions a person answers: every survey row except notes and group/repeat boundaries.
int CountQuestions(const Form& form);
/// The choices that carry an Annex 1 marker (`*`, `+` or both; UN-10).
int CountMarkedChoices(const Form& form);

}  // namespace verbatim::screening
