// Evaluation follows XPath 1.0 as ODK and Kobo apply it to XLSForm: comparisons are numeric when
// either side is a number, otherwise textual; unanswered questions are empty strings that are NaN
// as numbers, so `${age} > 17` is false until age is answered.
#include "screening/expression.h"

#include <algorithm>
#include <cmath>

#include "screening/expression_node.h"

namespace verbatim::screening {
namespace {

using Op = ExprNode::Op;

bool IsNumeric(const Value& v) { return v.kind() == Value::Kind::kNumber; }

bool Compare(Op op, const Value& a, const Value& b) {
  if (IsNumeric(a) || IsNumeric(b)) {
    const double x = a.AsNumber();
    const double y = b.AsNumber();
    switch (op) {
      case Op::kEq:
        return x == y;
      case Op::kNe:
        return x != y;
      case Op::kLt:
        return x < y;
      case Op::kLe:
        return x <= y;
      case Op::kGt:
        return x > y;
      case Op::kGe:
        return x >= y;
      default:
        return false;
    }
  }
  // Two texts: equality is textual; ordering compares as numbers when both read as numbers
  // (typed integer answers arrive as text from CSV) and otherwise textually, which orders ISO
  // dates correctly.
  const std::string x = a.AsString();
  const std::string y = b.AsString();
  if (op == Op::kEq) return x == y;
  if (op == Op::kNe) return x != y;
  const double nx = a.AsNumber();
  const double ny = b.AsNumber();
  const int order = (!std::isnan(nx) && !std::isnan(ny)) ? (nx < ny   ? -1
                                                            : nx > ny ? 1
                                                                      : 0)
                                                         : x.compare(y);
  switch (op) {
    case Op::kLt:
      return order < 0;
    case Op::kLe:
      return order <= 0;
    case Op::kGt:
      return order > 0;
    case Op::kGe:
      return order >= 0;
    default:
      return false;
  }
}

Value Eval(const ExprNode& node, const EvalContext& context) {
  const auto arg = [&](size_t i) { return Eval(*node.args[i], context); };
  switch (node.op) {
    case Op::kLiteral:
      return node.literal;
    case Op::kField:
      return context.lookup ? context.lookup(node.name) : Value();
    case Op::kCurrent:
      return context.current;
    case Op::kOr:
      return Value::Bool(arg(0).AsBool() || arg(1).AsBool());
    case Op::kAnd:
      return Value::Bool(arg(0).AsBool() && arg(1).AsBool());
    case Op::kEq:
    case Op::kNe:
    case Op::kLt:
    case Op::kLe:
    case Op::kGt:
    case Op::kGe:
      return Value::Bool(Compare(node.op, arg(0), arg(1)));
    case Op::kAdd:
      return Value::Number(arg(0).AsNumber() + arg(1).AsNumber());
    case Op::kSub:
      return Value::Number(arg(0).AsNumber() - arg(1).AsNumber());
    case Op::kMul:
      return Value::Number(arg(0).AsNumber() * arg(1).AsNumber());
    case Op::kDiv:
      return Value::Number(arg(0).AsNumber() / arg(1).AsNumber());
    case Op::kMod:
      return Value::Number(std::fmod(arg(0).AsNumber(), arg(1).AsNumber()));
    case Op::kNeg:
      return Value::Number(-arg(0).AsNumber());
    case Op::kSelected: {
      const auto items = arg(0).AsList();
      const std::string wanted = arg(1).AsString();
      return Value::Bool(std::find(items.begin(), items.end(), wanted) != items.end());
    }
    case Op::kCountSelected:
      return Value::Number(static_cast<double>(arg(0).AsList().size()));
    case Op::kNot:
      return Value::Bool(!arg(0).AsBool());
    case Op::kTrue:
      return Value::Bool(true);
    case Op::kFalse:
      return Value::Bool(false);
    case Op::kColumn:
      return context.column ? context.column(node.name) : Value();
  }
  return Value();
}

}  // namespace

Value Expression::Evaluate(const EvalContext& context) const {
  if (root_ == nullptr) return Value();
  return Eval(*root_, context);
}

}  // namespace verbatim::screening
