// Turns sheets into a validated Form. Everything a form author can get wrong is caught here, once,
// so the engine can trust the form.
#include <algorithm>
#include <set>

#include "screening/form_reader.h"

namespace verbatim::screening {
namespace {

// `label::English (en)` gives "en"; `label::English` gives "English"; `label` gives "".
// Returns false when `column` is not a `base` column at all.
bool LanguageOf(const std::string& column, const std::string& base, std::string* language) {
  if (column == base) {
    *language = "";
    return true;
  }
  const std::string prefix = base + "::";
  if (column.rfind(prefix, 0) != 0) return false;
  std::string rest = column.substr(prefix.size());
  const auto open = rest.rfind('(');
  const auto close = rest.rfind(')');
  if (open != std::string::npos && close != std::string::npos && close > open + 1) {
    rest = rest.substr(open + 1, close - open - 1);
  }
  *language = rest;
  return true;
}

Labels ReadLabels(const Sheet& sheet, const SheetRow& row, const std::string& base) {
  Labels labels;
  std::string language;
  for (const auto& column : sheet.columns) {
    if (LanguageOf(column, base, &language)) {
      const std::string text = row.Get(column);
      if (!text.empty()) labels[language] = text;
    }
  }
  return labels;
}

Result<std::optional<Expression>> ReadExpression(const SheetRow& row, const std::string& column) {
  const std::string text = row.Get(column);
  if (text.empty()) return std::optional<Expression>();
  auto parsed = Expression::Parse(text);
  if (!parsed.ok()) return SheetError("survey", row.number, column, parsed.status().message());
  return std::optional<Expression>(std::move(parsed).value());
}

struct TypeSpelling {
  const char* text;
  QuestionType type;
};
constexpr TypeSpelling kTypes[] = {
    {"select_one", QuestionType::kSelectOne},
    {"select_multiple", QuestionType::kSelectMultiple},
    {"text", QuestionType::kText},
    {"integer", QuestionType::kInteger},
    {"decimal", QuestionType::kDecimal},
    {"date", QuestionType::kDate},
    {"note", QuestionType::kNote},
    {"begin group", QuestionType::kBeginGroup},
    {"end group", QuestionType::kEndGroup},
    {"begin repeat", QuestionType::kBeginRepeat},
    {"end repeat", QuestionType::kEndRepeat},
    {"begin_group", QuestionType::kBeginGroup},
    {"end_group", QuestionType::kEndGroup},
    {"begin_repeat", QuestionType::kBeginRepeat},
    {"end_repeat", QuestionType::kEndRepeat},
};

Status ReadType(const SheetRow& row, Question* q) {
  std::string type = row.Get("type");
  std::string list;
  const auto space = type.find(' ');
  if (type.rfind("select_", 0) == 0 && space != std::string::npos) {
    list = type.substr(space + 1);
    type = type.substr(0, space);
  }
  for (const auto& spelling : kTypes) {
    if (type == spelling.text) {
      q->type = spelling.type;
      break;
    }
    if (&spelling == &kTypes[std::size(kTypes) - 1]) {
      return SheetError("survey", row.number, "type", "unknown type \"" + row.Get("type") + "\"");
    }
  }
  const bool select =
      q->type == QuestionType::kSelectOne || q->type == QuestionType::kSelectMultiple;
  if (select && list.empty()) {
    return SheetError("survey", row.number, "type", type + " needs a list name after a space");
  }
  q->list_name = list;
  return Status::Ok();
}

Result<bool> ReadRequired(const SheetRow& row) {
  std::string text = row.Get("required");
  std::transform(text.begin(), text.end(), text.begin(), ::tolower);
  if (text.empty() || text == "no" || text == "false" || text == "false()" || text == "0") {
    return false;
  }
  if (text == "yes" || text == "true" || text == "true()" || text == "1") return true;
  return SheetError("survey", row.number, "required",
                    "expected yes or no, not \"" + row.Get("required") + "\"");
}

Status ReadChoices(const Sheet& sheet, Form* form) {
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& row : sheet.rows) {
    const std::string list = row.Get("list_name");
    const std::string name = row.Get("name");
    if (list.empty()) return SheetError(sheet.name, row.number, "list_name", "is empty");
    if (name.empty()) return SheetError(sheet.name, row.number, "name", "is empty");
    if (!seen.insert({list, name}).second) {
      return SheetError(sheet.name, row.number, "name",
                        "choice \"" + name + "\" appears twice in list \"" + list + "\"");
    }
    Choice choice{.name = name, .labels = ReadLabels(sheet, row, "label"), .cells = row.cells};
    // UN-10: '*' marks a potential asylum seeker, '+' a potential trafficking victim.
    const std::string marker = row.Get("marker");
    if (marker.find_first_not_of("*+") != std::string::npos || marker.size() > 2) {
      return SheetError(sheet.name, row.number, "marker",
                        "expected *, + or *+, not \"" + marker + "\"");
    }
    choice.protection_marker = marker.find('*') != std::string::npos;
    choice.trafficking_marker = marker.find('+') != std::string::npos;
    form->choices[list].push_back(std::move(choice));
  }
  return Status::Ok();
}

Status ReadSurvey(const Sheet& sheet, Form* form);

}  // namespace

Result<Form> BuildForm(const Sheet& survey, const Sheet& choices, const Sheet& settings) {
  Form form;
  if (!settings.rows.empty()) {
    form.settings = settings.rows.front().cells;
    form.id = settings.rows.front().Get("form_id");
    form.title = settings.rows.front().Get("form_title");
  }
  if (Status s = ReadChoices(choices, &form); !s.ok()) return s;
  if (std::find(survey.columns.begin(), survey.columns.end(), "type") == survey.columns.end()) {
    return SheetError(survey.name, 0, "type", "the survey sheet has no type column");
  }
  std::string language;
  for (const auto* sheet : {&survey, &choices}) {
    for (const auto& column : sheet->columns) {
      if (LanguageOf(column, "label", &language) && !language.empty() &&
          std::find(form.languages.begin(), form.languages.end(), language) ==
              form.languages.end()) {
        form.languages.push_back(language);
        const std::string rest = column.substr(std::string("label::").size());
        const auto open = rest.rfind(" (");
        form.language_names[language] = open == std::string::npos ? rest : rest.substr(0, open);
      }
    }
  }
  if (Status s = ReadSurvey(survey, &form); !s.ok()) return s;
  return form;
}

namespace {

// Bare names belong to choice filters only, and must be columns of the question's choice list.
Status CheckColumns(const Form& form, const Question& q, const std::string& column,
                    const Expression& e) {
  if (e.columns().empty()) return Status::Ok();
  const std::string& first = e.columns().front();
  if (column != "choice_filter") {
    return SheetError("survey", q.row, column,
                      "\"" + first + "\" is a bare name; write ${" + first + "} for a question");
  }
  if (q.list_name.empty()) {
    return SheetError("survey", q.row, column, "only select_one and select_multiple have choices");
  }
  for (const auto& name : e.columns()) {
    bool found = false;
    for (const auto& choice : form.choices.at(q.list_name)) found |= choice.cells.count(name) != 0;
    if (!found) {
      return SheetError("survey", q.row, column,
                        "no choice of list \"" + q.list_name + "\" has a column \"" + name + "\"");
    }
  }
  return Status::Ok();
}

Status ReadSurvey(const Sheet& sheet, Form* form) {
  std::vector<int> open;  // indices of begin rows not yet ended
  std::set<std::string> names;
  for (const auto& row : sheet.rows) {
    Question q;
    q.row = row.number;
    if (Status s = ReadType(row, &q); !s.ok()) return s;
    q.name = row.Get("name");
    const bool is_end = q.type == QuestionType::kEndGroup || q.type == QuestionType::kEndRepeat;
    if (is_end) {
      const QuestionType begin = q.type == QuestionType::kEndGroup ? QuestionType::kBeginGroup
                                                                   : QuestionType::kBeginRepeat;
      if (open.empty() || form->questions[open.back()].type != begin) {
        return SheetError(sheet.name, row.number, "type",
                          std::string(QuestionTypeName(q.type)) + " without a matching " +
                              QuestionTypeName(begin));
      }
      q.name = form->questions[open.back()].name;
      open.pop_back();
    } else if (q.name.empty()) {
      return SheetError(sheet.name, row.number, "name", "is empty");
    } else if (!names.insert(q.name).second) {
      return SheetError(sheet.name, row.number, "name", "\"" + q.name + "\" is used twice");
    }
    if (!q.list_name.empty() && form->choices.count(q.list_name) == 0) {
      return SheetError(sheet.name, row.number, "type",
                        "list \"" + q.list_name + "\" is not in the choices sheet");
    }
    q.labels = ReadLabels(sheet, row, "label");
    q.hints = ReadLabels(sheet, row, "hint");
    VB_ASSIGN_OR_RETURN(q.required, ReadRequired(row));
    VB_ASSIGN_OR_RETURN(q.relevant, ReadExpression(row, "relevant"));
    VB_ASSIGN_OR_RETURN(q.constraint, ReadExpression(row, "constraint"));
    VB_ASSIGN_OR_RETURN(q.choice_filter, ReadExpression(row, "choice_filter"));
    q.constraint_message = row.Get("constraint_message");
    q.appearance = row.Get("appearance");
    q.parent = open.empty() ? -1 : open.back();
    q.repeat = -1;
    for (auto it = open.rbegin(); it != open.rend(); ++it) {
      if (form->questions[*it].type == QuestionType::kBeginRepeat) {
        q.repeat = *it;
        break;
      }
    }
    if (q.type == QuestionType::kBeginGroup || q.type == QuestionType::kBeginRepeat) {
      open.push_back(static_cast<int>(form->questions.size()));
    }
    form->questions.push_back(std::move(q));
  }
  if (!open.empty()) {
    const Question& q = form->questions[open.back()];
    return SheetError(sheet.name, q.row, "type",
                      std::string(QuestionTypeName(q.type)) + " \"" + q.name + "\" is never ended");
  }
  // A reference to a name that does not exist is a typo that would silently hide a question.
  for (const auto& q : form->questions) {
    for (const auto* column : {"relevant", "constraint", "choice_filter"}) {
      const auto& e = std::string(column) == "relevant"     ? q.relevant
                      : std::string(column) == "constraint" ? q.constraint
                                                            : q.choice_filter;
      if (!e) continue;
      for (const auto& ref : e->references()) {
        if (names.count(ref) == 0) {
          return SheetError(sheet.name, q.row, column,
                            "${" + ref + "} names no question in the form");
        }
      }
      if (Status s = CheckColumns(*form, q, column, *e); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace
}  // namespace verbatim::screening
