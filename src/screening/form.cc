#include "screening/form.h"

namespace verbatim::screening {

const char* QuestionTypeName(QuestionType type) {
  switch (type) {
    case QuestionType::kSelectOne:
      return "select_one";
    case QuestionType::kSelectMultiple:
      return "select_multiple";
    case QuestionType::kText:
      return "text";
    case QuestionType::kInteger:
      return "integer";
    case QuestionType::kDecimal:
      return "decimal";
    case QuestionType::kDate:
      return "date";
    case QuestionType::kNote:
      return "note";
    case QuestionType::kBeginGroup:
      return "begin group";
    case QuestionType::kEndGroup:
      return "end group";
    case QuestionType::kBeginRepeat:
      return "begin repeat";
    case QuestionType::kEndRepeat:
      return "end repeat";
  }
  return "?";
}

const Question* Form::Find(std::string_view name) const {
  for (const auto& q : questions) {
    if (q.name == name && q.type != QuestionType::kEndGroup && q.type != QuestionType::kEndRepeat) {
      return &q;
    }
  }
  return nullptr;
}

const Choice* Form::FindChoice(const Question& question, std::string_view name) const {
  const auto list = choices.find(question.list_name);
  if (list == choices.end()) return nullptr;
  for (const auto& c : list->second) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

}  // namespace verbatim::screening
