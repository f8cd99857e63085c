#include "screening/form_file.h"

#include "base/json.h"
#include "screening/form_reader.h"

namespace verbatim::screening {

const char* FormFormatName(FormFormat format) {
  switch (format) {
    case FormFormat::kXlsx:
      return "xlsx";
    case FormFormat::kJson:
      return "json";
    case FormFormat::kCsv:
      return "csv";
  }
  return "json";
}

Result<FormFormat> ParseFormFormat(std::string_view name) {
  for (FormFormat f : {FormFormat::kXlsx, FormFormat::kJson, FormFormat::kCsv}) {
    if (name == FormFormatName(f)) return f;
  }
  return InvalidArgument("Unknown form format \"" + std::string(name) +
                         "\": expected xlsx, json or csv.");
}

std::string BundleCsvSheets(std::string_view survey, std::string_view choices,
                            std::string_view settings) {
  return Json{{"survey", std::string(survey)},
              {"choices", std::string(choices)},
              {"settings", std::string(settings)}}
      .dump();
}

Result<Form> ReadFormContent(FormFormat format, std::string_view content) {
  switch (format) {
    case FormFormat::kXlsx:
      return ReadFormXlsx(content);
    case FormFormat::kJson:
      return ReadFormJsonText(content);
    case FormFormat::kCsv:
      break;
  }
  VB_ASSIGN_OR_RETURN(Json bundle, ParseJson(content));
  auto sheet = [&bundle](const char* name) {
    const auto it = bundle.find(name);
    return it != bundle.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (!bundle.is_object()) return InvalidArgument("A CSV form bundle must be a JSON object.");
  return ReadFormCsv(sheet("survey"), sheet("choices"), sheet("settings"));
}

int CountQuestions(const Form& form) {
  int n = 0;
  for (const Question& q : form.questions) {
    switch (q.type) {
      case QuestionType::kNote:
      case QuestionType::kBeginGroup:
      case QuestionType::kEndGroup:
      case QuestionType::kBeginRepeat:
      case QuestionType::kEndRepeat:
        break;
      default:
        ++n;
    }
  }
  return n;
}

int CountMarkedChoices(const Form& form) {
  int n = 0;
  for (const auto& [list, choices] : form.choices) {
    for (const Choice& c : choices) n += (c.protection_marker || c.trafficking_marker) ? 1 : 0;
  }
  return n;
}

}  // namespace verbatim::screening
