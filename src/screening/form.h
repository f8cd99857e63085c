#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "screening/expression.h"

namespace verbatim::screening {

/// The XLSForm row types this engine understands.
enum class QuestionType {
  kSelectOne,
  kSelectMultiple,
  kText,
  kInteger,
  kDecimal,
  kDate,
  kNote,
  kBeginGroup,
  kEndGroup,
  kBeginRepeat,
  kEndRepeat,
};

/// The XLSForm spelling of `type` ("select_one", "begin repeat", ...).
const char* QuestionTypeName(QuestionType type);

/// Labels by language code; "" holds the plain `label` column.
using Labels = std::map<std::string, std::string>;

/// One row of the choices sheet.
struct Choice {
  std::string name;
  Labels labels;
  /// Annex 1 indicators (UN-10): '*' potential asylum seeker, '+' potential trafficking victim.
  bool protection_marker = false;
  bool trafficking_marker = false;
  /// Every cell of the row by column header, for choice_filter's bare column names.
  std::map<std::string, std::string> cells;
};

/// One row of the survey sheet. Group and repeat boundaries are rows too, so the form keeps the
/// sheet's order and nesting.
struct Question {
  QuestionType type = QuestionType::kText;
  std::string name;
  std::string list_name;  // select_one / select_multiple only
  Labels labels;
  Labels hints;
  bool required = false;
  std::optional<Expression> relevant;
  std::optional<Expression> constraint;
  std::string constraint_message;
  /// XLSForm `appearance` (e.g. "multiline", "minimal"): a hint to the wizard, not logic.
  std::string appearance;
  /// Which choices of the list to offer, evaluated per choice (bare names are its cells).
  std::optional<Expression> choice_filter;
  /// Index in Form::questions of the enclosing begin group/begin repeat row; -1 at top level.
  int parent = -1;
  /// Index of the innermost enclosing begin repeat row; -1 outside repeats.
  int repeat = -1;
  /// The row in the survey sheet, for messages.
  int row = 0;
};

/// A questionnaire read from XLSForm sheets. Plain data; build it with the readers in
/// form_reader.h, which validate it.
struct Form {
  std::string id;     // settings form_id
  std::string title;  // settings form_title
  std::map<std::string, std::string> settings;
  std::vector<Question> questions;
  std::map<std::string, std::vector<Choice>> choices;  // by list_name
  /// Language codes found in `label::Language (code)` columns, in sheet order.
  std::vector<std::string> languages;
  /// The Language part of those columns by code ("en" → "English").
  std::map<std::string, std::string> language_names;

  /// The question named `name`, or nullptr.
  const Question* Find(std::string_view name) const;
  /// The choice `name` of the question's list, or nullptr.
  const Choice* FindChoice(const Question& question, std::string_view name) const;
};

}  // namespace verbatim::screening
