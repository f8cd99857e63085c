#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "screening/value.h"

namespace verbatim::screening {

/// What an expression can see while it is evaluated.
struct EvalContext {
  /// The answer to `${name}`; empty when unanswered. Inside a repeat, the caller resolves names
  /// to the current instance first.
  std::function<Value(std::string_view name)> lookup;
  /// The value of `.`: the answer of the question whose constraint is being checked.
  Value current;
  /// A bare name in a choice_filter (`filter = ${country}`): the cell of the choice being
  /// filtered in that column of the choices sheet. Unset outside choice filters.
  std::function<Value(std::string_view column)> column;
};

/// One node of the syntax tree; an implementation detail shared by the parser and evaluator.
struct ExprNode;

/// A parsed XLSForm expression (the subset: `${field}`, `.`, selected(), count-selected(), not(),
/// true(), false(), comparisons, + - * div mod, and/or, literals, parentheses). Parsed once per
/// form, evaluated for every set of answers. Cheap to copy: the tree is shared and immutable.
class Expression {
 public:
  /// Parses `text`; the error names the expression and the 1-based character position.
  static Result<Expression> Parse(std::string_view text);

  /// Evaluates against `context`. Never fails: type mismatches give NaN or false, as in XPath.
  Value Evaluate(const EvalContext& context) const;

  /// The names referenced as `${name}`, in order of appearance, so a form can check them.
  const std::vector<std::string>& references() const { return references_; }
  /// The bare names (choices-sheet columns), in order of appearance; only a choice_filter may
  /// have them.
  const std::vector<std::string>& columns() const { return columns_; }
  const std::string& text() const { return text_; }

 private:
  std::shared_ptr<const ExprNode> root_;
  std::vector<std::string> references_;
  std::vector<std::string> columns_;
  std::string text_;
};

}  // namespace verbatim::screening
