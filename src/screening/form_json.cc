#include "screening/form_json.h"

#include "screening/form_languages.h"

namespace verbatim::screening {
namespace {

std::string DefaultLanguage(const Form& form) {
  const auto it = form.settings.find("default_language");
  return it == form.settings.end() || it->second.empty() ? "default" : it->second;
}

Json LabelsJson(const Labels& labels, const std::string& default_language) {
  Json out = Json::object();
  for (const auto& [language, text] : labels) {
    // A plain `label` column only fills in for the default language, never overrides it.
    if (language.empty()) {
      if (!labels.count(default_language)) out[default_language] = text;
    } else {
      out[language] = text;
    }
  }
  return out;
}

const char* WizardType(QuestionType type) {
  if (type == QuestionType::kBeginGroup) return "group";
  if (type == QuestionType::kBeginRepeat) return "repeat";
  return QuestionTypeName(type);
}

class Writer {
 public:
  explicit Writer(const Form& form) : form_(form), default_language_(DefaultLanguage(form)) {}

  // The questions from `*i` up to the end row of the enclosing group (or the form's end).
  Json Questions(size_t* i) {
    Json out = Json::array();
    while (*i < form_.questions.size()) {
      const Question& q = form_.questions[*i];
      ++*i;
      if (q.type == QuestionType::kEndGroup || q.type == QuestionType::kEndRepeat) break;
      Json j = {{"name", q.name},
                {"type", WizardType(q.type)},
                {"label", LabelsJson(q.labels, default_language_)},
                {"hint", LabelsJson(q.hints, default_language_)},
                {"required", q.required},
                {"appearance", q.appearance},
                {"constraint_message", q.constraint_message}};
      if (!q.list_name.empty()) j["choices"] = Choices(q.list_name);
      if (q.type == QuestionType::kBeginGroup || q.type == QuestionType::kBeginRepeat) {
        j["children"] = Questions(i);
      }
      out.push_back(std::move(j));
    }
    return out;
  }

 private:
  Json Choices(const std::string& list_name) const {
    Json out = Json::array();
    for (const auto& c : form_.choices.at(list_name)) {
      const std::string marker =
          std::string(c.protection_marker ? "*" : "") + (c.trafficking_marker ? "+" : "");
      out.push_back({{"name", c.name},
                     {"label", LabelsJson(c.labels, default_language_)},
                     {"marker", marker.empty() ? Json(nullptr) : Json(marker)}});
    }
    return out;
  }

  const Form& form_;
  const std::string default_language_;
};

}  // namespace

Json FormSummaryToJson(const Form& form) {
  Json languages = Json::array();
  for (const auto& l : FormLanguages(form)) {
    languages.push_back(
        {{"code", l.code}, {"name", l.name}, {"reviewed", l.reviewed}, {"rtl", l.rtl}});
  }
  return {{"id", form.id}, {"title", form.title}, {"languages", languages}};
}

Json FormToJson(const Form& form) {
  Json out = FormSummaryToJson(form);
  size_t i = 0;
  out["questions"] = Writer(form).Questions(&i);
  return out;
}

Json FormCheckToJson(const FormCheck& check) {
  Json relevant = Json::array();
  for (const auto& a : check.relevant) relevant.push_back(a.path);
  Json issues = Json::array();
  for (const auto& issue : check.issues) {
    issues.push_back({{"path", issue.path}, {"message", issue.message}});
  }
  Json choices = Json::object();
  for (const auto& a : check.relevant) {
    if (a.offered) choices[a.path] = *a.offered;
  }
  return {{"relevant", relevant},
          {"issues", issues},
          {"complete", check.complete()},
          {"choices", choices}};
}

}  // namespace verbatim::screening
