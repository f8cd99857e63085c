// Recursive descent over the XLSForm expression subset, with XPath 1.0 precedence:
// or < and < (= !=) < (< <= > >=) < (+ -) < (* div mod) < unary minus < primary.
#include <cctype>
#include <string>

#include "screening/expression.h"
#include "screening/expression_node.h"

namespace verbatim::screening {
namespace {

using Op = ExprNode::Op;
using NodePtr = std::unique_ptr<ExprNode>;

class Parser {
 public:
  Parser(std::string_view text, std::vector<std::string>* references,
         std::vector<std::string>* columns)
      : text_(text), references_(references), columns_(columns) {}

  Result<NodePtr> ParseAll() {
    SkipSpace();
    if (pos_ == text_.size()) return Error("the expression is empty");
    VB_ASSIGN_OR_RETURN(NodePtr root, ParseOr());
    SkipSpace();
    if (pos_ != text_.size()) return Error("unexpected '" + std::string(1, text_[pos_]) + "'");
    return root;
  }

 private:
  Status Error(const std::string& what) const {
    return InvalidArgument("Expression \"" + std::string(text_) + "\" at position " +
                           std::to_string(pos_ + 1) + ": " + what + ".");
  }

  void SkipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  // Consumes `symbol` if it comes next. Word operators (and, or, div, mod) must not run on into
  // a longer word, so "order" is not "or" followed by "der".
  bool Accept(std::string_view symbol) {
    SkipSpace();
    if (text_.substr(pos_, symbol.size()) != symbol) return false;
    const size_t end = pos_ + symbol.size();
    if (std::isalpha(static_cast<unsigned char>(symbol.back())) && end < text_.size() &&
        (std::isalnum(static_cast<unsigned char>(text_[end])) || text_[end] == '_' ||
         text_[end] == '-')) {
      return false;
    }
    pos_ = end;
    return true;
  }

  static NodePtr Binary(Op op, NodePtr left, NodePtr right) {
    auto node = std::make_unique<ExprNode>();
    node->op = op;
    node->args.push_back(std::move(left));
    node->args.push_back(std::move(right));
    return node;
  }

  // One precedence level: `next` parses the operands, `ops` the operators of this level.
  template <typename Next>
  Result<NodePtr> Level(Next next, std::initializer_list<std::pair<std::string_view, Op>> ops) {
    VB_ASSIGN_OR_RETURN(NodePtr left, (this->*next)());
    for (;;) {
      bool matched = false;
      for (const auto& [symbol, op] : ops) {
        // "<" must not swallow the start of "<=", nor "=" be read inside "!=".
        if (Accept(symbol)) {
          VB_ASSIGN_OR_RETURN(NodePtr right, (this->*next)());
          left = Binary(op, std::move(left), std::move(right));
          matched = true;
          break;
        }
      }
      if (!matched) return left;
    }
  }

  Result<NodePtr> ParseOr() { return Level(&Parser::ParseAnd, {{"or", Op::kOr}}); }
  Result<NodePtr> ParseAnd() { return Level(&Parser::ParseEquality, {{"and", Op::kAnd}}); }
  Result<NodePtr> ParseEquality() {
    return Level(&Parser::ParseRelational, {{"!=", Op::kNe}, {"=", Op::kEq}});
  }
  Result<NodePtr> ParseRelational() {
    return Level(&Parser::ParseAdditive,
                 {{"<=", Op::kLe}, {">=", Op::kGe}, {"<", Op::kLt}, {">", Op::kGt}});
  }
  Result<NodePtr> ParseAdditive() {
    return Level(&Parser::ParseMultiplicative, {{"+", Op::kAdd}, {"-", Op::kSub}});
  }
  Result<NodePtr> ParseMultiplicative() {
    return Level(&Parser::ParseUnary, {{"*", Op::kMul}, {"div", Op::kDiv}, {"mod", Op::kMod}});
  }

  Result<NodePtr> ParseUnary() {
    if (Accept("-")) {
      VB_ASSIGN_OR_RETURN(NodePtr operand, ParseUnary());
      auto node = std::make_unique<ExprNode>();
      node->op = Op::kNeg;
      node->args.push_back(std::move(operand));
      return node;
    }
    return ParsePrimary();
  }

  Result<NodePtr> ParsePrimary() {
    SkipSpace();
    if (pos_ == text_.size()) return Error("the expression ends too early");
    const char c = text_[pos_];
    auto node = std::make_unique<ExprNode>();
    if (c == '(') {
      ++pos_;
      VB_ASSIGN_OR_RETURN(NodePtr inner, ParseOr());
      if (!Accept(")")) return Error("expected ')'");
      return inner;
    }
    if (c == '\'' || c == '"') {
      const size_t close = text_.find(c, pos_ + 1);
      if (close == std::string_view::npos) return Error("the string is not closed");
      node->literal = Value::String(std::string(text_.substr(pos_ + 1, close - pos_ - 1)));
      pos_ = close + 1;
      return node;
    }
    if (c == '$') {
      if (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '{') return Error("expected '${'");
      const size_t close = text_.find('}', pos_ + 2);
      if (close == std::string_view::npos) return Error("the field reference is not closed");
      node->op = Op::kField;
      node->name = std::string(text_.substr(pos_ + 2, close - pos_ - 2));
      if (node->name.empty()) return Error("the field name is empty");
      references_->push_back(node->name);
      pos_ = close + 1;
      return node;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && pos_ + 1 < text_.size() &&
         std::isdigit(static_cast<unsigned char>(text_[pos_ + 1])))) {
      size_t end = pos_;
      while (end < text_.size() &&
             (std::isdigit(static_cast<unsigned char>(text_[end])) || text_[end] == '.')) {
        ++end;
      }
      node->literal = Value::Number(std::stod(std::string(text_.substr(pos_, end - pos_))));
      pos_ = end;
      return node;
    }
    if (c == '.') {
      ++pos_;
      node->op = Op::kCurrent;
      return node;
    }
    if (std::isalpha(static_cast<unsigned char>(c))) return ParseCall();
    return Error("unexpected '" + std::string(1, c) + "'");
  }

  Result<NodePtr> ParseCall() {
    const size_t start = pos_;
    size_t end = pos_;
    while (end < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[end])) ||
                                  text_[end] == '-' || text_[end] == '_')) {
      ++end;
    }
    const std::string name(text_.substr(start, end - start));
    struct Known {
      const char* name;
      Op op;
      size_t arity;
    };
    static constexpr Known kFunctions[] = {
        {"selected", Op::kSelected, 2}, {"count-selected", Op::kCountSelected, 1},
        {"not", Op::kNot, 1},           {"true", Op::kTrue, 0},
        {"false", Op::kFalse, 0},
    };
    const Known* known = nullptr;
    for (const auto& f : kFunctions) {
      if (name == f.name) known = &f;
    }
    // A name not followed by '(' is a column of the choices sheet (XLSForm choice_filter).
    size_t next = end;
    while (next < text_.size() && std::isspace(static_cast<unsigned char>(text_[next]))) ++next;
    if (known == nullptr && (next >= text_.size() || text_[next] != '(')) {
      if (name == "and" || name == "or" || name == "div" || name == "mod") {
        return Error("'" + name + "' needs something before it");
      }
      auto column = std::make_unique<ExprNode>();
      column->op = Op::kColumn;
      column->name = name;
      columns_->push_back(name);
      pos_ = end;
      return column;
    }
    if (known == nullptr) return Error("unknown function '" + name + "'");
    pos_ = end;
    if (!Accept("(")) return Error("expected '(' after " + name);
    auto node = std::make_unique<ExprNode>();
    node->op = known->op;
    if (!Accept(")")) {
      do {
        VB_ASSIGN_OR_RETURN(NodePtr arg, ParseOr());
        node->args.push_back(std::move(arg));
      } while (Accept(","));
      if (!Accept(")")) return Error("expected ')' or ',' in " + name + "()");
    }
    if (node->args.size() != known->arity) {
      pos_ = start;
      return Error(name + "() takes " + std::to_string(known->arity) + " argument(s)");
    }
    return node;
  }

  std::string_view text_;
  std::vector<std::string>* references_;
  std::vector<std::string>* columns_;
  size_t pos_ = 0;
};

}  // namespace

Result<Expression> Expression::Parse(std::string_view text) {
  Expression expression;
  Parser parser(text, &expression.references_, &expression.columns_);
  VB_ASSIGN_OR_RETURN(NodePtr root, parser.ParseAll());
  expression.root_ = std::shared_ptr<const ExprNode>(std::move(root));
  expression.text_ = std::string(text);
  return expression;
}

}  // namespace verbatim::screening
