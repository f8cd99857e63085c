#include "screening/engine.h"

#include <algorithm>
#include <set>
#include <utility>

#include "screening/answers.h"

namespace verbatim::screening {
namespace {

// The answers visible at one point: a repeat instance sees its own answers first, then the
// enclosing ones, so `${country}` inside route means this instance's country.
struct Scope {
  const Json* object = nullptr;
  const Scope* outer = nullptr;
};

class Checker {
 public:
  Checker(const Form& form, FormCheck* out) : form_(form), out_(out) {}

  void Visit(size_t from, size_t to, const Scope& scope, const std::string& prefix,
             bool parent_relevant) {
    for (size_t i = from; i < to; ++i) {
      const Question& q = form_.questions[i];
      if (q.type == QuestionType::kEndGroup || q.type == QuestionType::kEndRepeat) continue;
      const Value value = Own(q, scope);
      const bool relevant =
          parent_relevant && (!q.relevant || q.relevant->Evaluate(Context(scope, value)).AsBool());
      const std::string path = prefix + q.name;
      if (relevant) {
        out_->relevant.push_back({path, &q, value, Offered(q, scope, value)});
      } else {
        hidden_.insert({scope.object, q.name});
      }
      if (q.type == QuestionType::kBeginGroup) {
        const size_t end = MatchingEnd(i);
        Visit(i + 1, end, scope, prefix, relevant);
        i = end;
      } else if (q.type == QuestionType::kBeginRepeat) {
        const size_t end = MatchingEnd(i);
        if (relevant) VisitInstances(q, i, end, scope, path);
        i = end;
      } else if (relevant) {
        CheckQuestion(q, path, value, scope);
      }
    }
  }

 private:
  void VisitInstances(const Question& q, size_t begin, size_t end, const Scope& scope,
                      const std::string& path) {
    const auto it = scope.object->find(q.name);
    const bool none = it == scope.object->end() || !it->is_array() || it->empty();
    if (none) {
      if (q.required) Add(Issue::Kind::kRequiredMissing, path, q);
      return;
    }
    for (size_t k = 0; k < it->size(); ++k) {
      const Scope inner{&(*it)[k], &scope};
      Visit(begin + 1, end, inner, path + "[" + std::to_string(k + 1) + "]/", true);
    }
  }

  // The choices a choice_filter lets through for this scope's answers; nullopt without a filter.
  std::optional<std::vector<std::string>> Offered(const Question& q, const Scope& scope,
                                                  const Value& value) const {
    if (!q.choice_filter || q.list_name.empty()) return std::nullopt;
    std::vector<std::string> offered;
    for (const auto& choice : form_.choices.at(q.list_name)) {
      EvalContext context = Context(scope, value);
      context.column = [&choice](std::string_view column) {
        const auto it = choice.cells.find(std::string(column));
        return it == choice.cells.end() ? Value() : Value::String(it->second);
      };
      if (q.choice_filter->Evaluate(context).AsBool()) offered.push_back(choice.name);
    }
    return offered;
  }

  void CheckQuestion(const Question& q, const std::string& path, const Value& value,
                     const Scope& scope) {
    if (q.type == QuestionType::kNote) return;
    if (value.empty()) {
      if (q.required) Add(Issue::Kind::kRequiredMissing, path, q);
      return;
    }
    // An answer the filter does not offer (an earlier answer changed) must be chosen again.
    if (const auto& offered = out_->relevant.back().offered) {
      for (const auto& name : value.AsList()) {
        if (std::find(offered->begin(), offered->end(), name) == offered->end()) {
          out_->issues.push_back({Issue::Kind::kConstraintFailed, path,
                                  "\"" + name + "\" is not among the choices offered for \"" +
                                      path + "\" now; choose again."});
        }
      }
    }
    // XLSForm checks a constraint only on an answered question; `.` is that answer.
    if (q.constraint && !q.constraint->Evaluate(Context(scope, value)).AsBool()) {
      Add(Issue::Kind::kConstraintFailed, path, q);
    }
  }

  void Add(Issue::Kind kind, const std::string& path, const Question& q) {
    std::string message;
    if (kind == Issue::Kind::kRequiredMissing) {
      message = "\"" + path + "\" is required.";
    } else {
      message = q.constraint_message.empty()
                    ? "\"" + path + "\" does not satisfy " + q.constraint->text() + "."
                    : q.constraint_message;
    }
    out_->issues.push_back({kind, path, std::move(message)});
  }

  // The answer to `q` in its own scope (not an enclosing one).
  Value Own(const Question& q, const Scope& scope) const {
    const auto it = scope.object->find(q.name);
    return it == scope.object->end() ? Value() : AnswerValue(q, *it);
  }

  EvalContext Context(const Scope& scope, const Value& current) const {
    EvalContext context;
    context.current = current;
    context.lookup = [this, &scope](std::string_view name) {
      const Question* q = form_.Find(name);
      if (q == nullptr) return Value();
      for (const Scope* s = &scope; s != nullptr; s = s->outer) {
        const auto it = s->object->find(std::string(name));
        if (it == s->object->end()) continue;
        // A hidden question's answer was never asked for: ODK discards it, so it reads as empty.
        if (hidden_.count({s->object, std::string(name)}) != 0) return Value();
        return AnswerValue(*q, *it);
      }
      return Value();
    };
    return context;
  }

  size_t MatchingEnd(size_t begin) const {
    int depth = 0;
    for (size_t i = begin; i < form_.questions.size(); ++i) {
      const auto type = form_.questions[i].type;
      if (type == QuestionType::kBeginGroup || type == QuestionType::kBeginRepeat) ++depth;
      if (type == QuestionType::kEndGroup || type == QuestionType::kEndRepeat) --depth;
      if (depth == 0) return i;
    }
    return form_.questions.size();  // BuildForm guarantees balance; stay safe anyway
  }

  const Form& form_;
  FormCheck* out_;
  // Questions found not relevant, by the answers object (scope) they were evaluated in.
  std::set<std::pair<const Json*, std::string>> hidden_;
};

}  // namespace

bool FormCheck::IsRelevant(std::string_view path) const {
  return std::any_of(relevant.begin(), relevant.end(),
                     [&](const AnsweredQuestion& a) { return a.path == path; });
}

Result<FormCheck> CheckAnswers(const Form& form, const Json& answers) {
  if (Status s = ValidateAnswers(form, answers); !s.ok()) return s;
  FormCheck check;
  Checker checker(form, &check);
  checker.Visit(0, form.questions.size(), Scope{&answers, nullptr}, "", true);
  return check;
}

}  // namespace verbatim::screening
