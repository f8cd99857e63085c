#include "screening/answers.h"

#include <cctype>

namespace verbatim::screening {
namespace {

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

Status Bad(const std::string& path, const std::string& what) {
  return InvalidArgument("Answer \"" + path + "\": " + what + ".");
}

Status CheckChoice(const Form& form, const Question& q, const std::string& path, const Json& c) {
  if (!c.is_string()) return Bad(path, "a choice must be a string");
  if (form.FindChoice(q, c.get<std::string>()) == nullptr) {
    return Bad(path,
               "\"" + c.get<std::string>() + "\" is not a choice of list \"" + q.list_name + "\"");
  }
  return Status::Ok();
}

Status ValidateObject(const Form& form, const Json& object, int repeat, const std::string& prefix);

Status ValidateOne(const Form& form, const Question& q, const Json& v, const std::string& path) {
  if (v.is_null()) return Status::Ok();
  switch (q.type) {
    case QuestionType::kSelectOne:
      return CheckChoice(form, q, path, v);
    case QuestionType::kSelectMultiple: {
      if (!v.is_array()) return Bad(path, "expected an array of choice names");
      for (const auto& c : v) {
        if (Status s = CheckChoice(form, q, path, c); !s.ok()) return s;
      }
      return Status::Ok();
    }
    case QuestionType::kText:
      return v.is_string() ? Status::Ok() : Bad(path, "expected a string");
    case QuestionType::kInteger:
      return v.is_number_integer() ? Status::Ok() : Bad(path, "expected a whole number");
    case QuestionType::kDecimal:
      return v.is_number() ? Status::Ok() : Bad(path, "expected a number");
    case QuestionType::kDate:
      return v.is_string() && IsIsoDate(v.get<std::string>()) ? Status::Ok()
                                                              : Bad(path, "expected YYYY-MM-DD");
    case QuestionType::kBeginRepeat: {
      if (!v.is_array()) return Bad(path, "a repeat is an array of objects");
      const int index = static_cast<int>(&q - form.questions.data());
      for (size_t k = 0; k < v.size(); ++k) {
        const std::string instance = path + "[" + std::to_string(k + 1) + "]";
        if (!v[k].is_object()) return Bad(instance, "a repeat instance must be an object");
        if (Status s = ValidateObject(form, v[k], index, instance + "/"); !s.ok()) return s;
      }
      return Status::Ok();
    }
    default:
      return Bad(path, std::string("a ") + QuestionTypeName(q.type) + " takes no answer");
  }
}

Status ValidateObject(const Form& form, const Json& object, int repeat, const std::string& prefix) {
  for (const auto& [name, value] : object.items()) {
    const Question* q = form.Find(name);
    if (q == nullptr) return Bad(prefix + name, "no question has this name");
    if (q->repeat != repeat) {
      return Bad(prefix + name, repeat < 0 ? "the question belongs inside its repeat"
                                           : "the question does not belong to this repeat");
    }
    if (Status s = ValidateOne(form, *q, value, prefix + name); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status ValidateAnswers(const Form& form, const Json& answers) {
  if (!answers.is_object()) return InvalidArgument("The answers must be a JSON object.");
  return ValidateObject(form, answers, -1, "");
}

Value AnswerValue(const Question& question, const Json& json) {
  if (json.is_null()) return Value();
  if (json.is_number()) return Value::Number(json.get<double>());
  if (json.is_string()) return Value::String(json.get<std::string>());
  if (json.is_array() && question.type == QuestionType::kBeginRepeat) {
    // `${route}` reads as the number of instances, like count(${route}) in XLSForm.
    return Value::Number(static_cast<double>(json.size()));
  }
  if (json.is_array()) {
    std::vector<std::string> items;
    for (const auto& item : json) {
      if (item.is_string()) items.push_back(item.get<std::string>());
    }
    return Value::List(std::move(items));
  }
  return Value();
}

}  // namespace verbatim::screening
