#pragma once

#include <memory>
#include <string>
#include <vector>

#include "screening/value.h"

namespace verbatim::screening {

/// The syntax tree of an Expression. Internal to the screening module.
struct ExprNode {
  enum class Op {
    kLiteral,
    kField,
    kCurrent,
    kOr,
    kAnd,
    kEq,
    kNe,
    kLt,
    kLe,
    kGt,
    kGe,
    kAdd,
    kSub,
    kMul,
    kDiv,
    kMod,
    kNeg,
    kSelected,
    kCountSelected,
    kNot,
    kTrue,
    kFalse,
    kColumn,  // a bare name in a choice_filter: the choice row's cell in that column
  };
  Op op = Op::kLiteral;
  Value literal;     // kLiteral
  std::string name;  // kField, kColumn
  std::vector<std::unique_ptr<ExprNode>> args;
};

}  // namespace verbatim::screening
