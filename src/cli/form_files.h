#pragma once

#include <string>

#include "base/result.h"
#include "screening/form_registry.h"

namespace verbatim::cli {

/// Whether `--form` names a file rather than a form id: it contains '/' or ends in .xlsx, .json
/// or .csv.
bool IsFormPath(const std::string& form);

/// Reads a form file for `form check`, `form import` and `screen --form FILE`: .xlsx, .json, or a
/// survey CSV with its choices CSV (`choices` or, when empty, the survey's name with "survey"
/// replaced by "choices": forms/x-survey.csv → forms/x-choices.csv) and optional settings CSV
/// (likewise "settings", used when it exists). Errors name the file.
Result<screening::FormUpload> ReadFormUpload(const std::string& path, const std::string& choices,
                                             const std::string& settings);

/// Reads and checks the upload; errors name the file, then the sheet, row and column.
Result<screening::Form> ReadUploadedForm(const std::string& path,
                                         const screening::FormUpload& upload);

}  // namespace verbatim::cli
