#include "cli/form_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace verbatim::cli {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open the file.");
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// x-survey.csv → x-choices.csv beside it; "" when the file name has no "survey" in it.
std::string SiblingSheet(const std::string& survey_path, const std::string& sheet) {
  const std::filesystem::path p(survey_path);
  std::string name = p.filename().string();
  const auto at = name.rfind("survey");
  if (at == std::string::npos) return "";
  name.replace(at, 6, sheet);
  return (p.parent_path() / name).string();
}

}  // namespace

bool IsFormPath(const std::string& form) {
  return form.find('/') != std::string::npos || EndsWith(form, ".xlsx") ||
         EndsWith(form, ".json") || EndsWith(form, ".csv");
}

Result<screening::FormUpload> ReadFormUpload(const std::string& path, const std::string& choices,
                                             const std::string& settings) {
  screening::FormUpload upload;
  upload.file_name = std::filesystem::path(path).filename().string();
  VB_ASSIGN_OR_RETURN(std::string bytes, ReadWholeFile(path));
  if (EndsWith(path, ".xlsx")) {
    upload.format = screening::FormFormat::kXlsx;
    upload.content = std::move(bytes);
    return upload;
  }
  if (EndsWith(path, ".json")) {
    upload.format = screening::FormFormat::kJson;
    upload.content = std::move(bytes);
    return upload;
  }
  if (!EndsWith(path, ".csv")) {
    return InvalidArgument(path +
                           ": a form is an .xlsx workbook, a .json file, or a survey .csv "
                           "with its choices .csv.");
  }
  std::string choices_path = choices.empty() ? SiblingSheet(path, "choices") : choices;
  if (choices_path.empty()) {
    return InvalidArgument(path +
                           ": give the choices sheet with --choices FILE (or name the files "
                           "NAME-survey.csv and NAME-choices.csv).");
  }
  VB_ASSIGN_OR_RETURN(std::string choices_csv, ReadWholeFile(choices_path));
  std::string settings_path = settings.empty() ? SiblingSheet(path, "settings") : settings;
  std::string settings_csv;
  if (!settings_path.empty() && (!settings.empty() || std::filesystem::exists(settings_path))) {
    VB_ASSIGN_OR_RETURN(settings_csv, ReadWholeFile(settings_path));
  }
  upload.format = screening::FormFormat::kCsv;
  upload.content = screening::BundleCsvSheets(bytes, choices_csv, settings_csv);
  return upload;
}

Result<screening::Form> ReadUploadedForm(const std::string& path,
                                         const screening::FormUpload& upload) {
  auto form = screening::ReadFormContent(upload.format, upload.content);
  if (!form.ok()) return Status(form.status().code(), path + ": " + form.status().message());
  return form;
}

}  // namespace verbatim::cli
