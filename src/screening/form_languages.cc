#include "screening/form_languages.h"

namespace verbatim::screening {

bool IsRightToLeft(const std::string& code) {
  // The primary subtag decides; a script subtag would override it but no shipped form uses one.
  const std::string primary = code.substr(0, code.find_first_of("-_"));
  for (const char* rtl : {"ar", "fa", "prs", "ps", "ur", "he", "yi", "ckb", "dv", "sd", "ug"}) {
    if (primary == rtl) return true;
  }
  return false;
}

std::vector<FormLanguage> FormLanguages(const Form& form) {
  std::vector<FormLanguage> out;
  for (const auto& code : form.languages) {
    FormLanguage language;
    language.code = code;
    const auto name = form.language_names.find(code);
    language.name = name == form.language_names.end() ? code : name->second;
    const auto reviewed = form.settings.find("language_reviewed::" + code);
    language.reviewed = reviewed != form.settings.end() && reviewed->second == "yes";
    language.rtl = IsRightToLeft(code);
    out.push_back(std::move(language));
  }
  return out;
}

}  // namespace verbatim::screening
