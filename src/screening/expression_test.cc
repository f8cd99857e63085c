#include "screening/expression.h"

#include <gtest/gtest.h>

#include <map>

namespace verbatim::screening {
namespace {

// Answers every case can refer to: numbers, texts, an ISO date, a select_multiple and an
// unanswered question.
Value Lookup(std::string_view name) {
  static const std::map<std::string, Value, std::less<>> kAnswers = {
      {"age", Value::Number(16)},
      {"age_text", Value::String("16")},
      {"name", Value::String("Aida")},
      {"left_on", Value::String("2024-03-01")},
      {"reasons", Value::List({"persecution", "other"})},
      {"legacy", Value::String("deception marriage")},
      {"yes_no", Value::String("yes")},
  };
  const auto it = kAnswers.find(name);
  return it == kAnswers.end() ? Value() : it->second;
}

struct Case {
  const char* expression;
  bool expected;
};

class EvaluatesTo : public testing::TestWithParam<Case> {};

TEST_P(EvaluatesTo, Boolean) {
  const auto parsed = Expression::Parse(GetParam().expression);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const EvalContext context{Lookup, Value::Number(7)};
  EXPECT_EQ(parsed->Evaluate(context).AsBool(), GetParam().expected) << GetParam().expression;
}

INSTANTIATE_TEST_SUITE_P(
    ExpressionEvaluator, EvaluatesTo,
    testing::Values(
        Case{"${age} = 16", true}, Case{"${age} != 16", false}, Case{"${age} < 18", true},
        Case{"${age} <= 16", true}, Case{"${age} > 16", false}, Case{"${age} >= 17", false},
        Case{"${age_text} = 16", true}, Case{"${age_text} < 9", false},
        Case{"${name} = 'Aida'", true}, Case{"${name} = \"Aida\"", true},
        Case{"${name} != 'aida'", true}, Case{"${left_on} < '2024-12-31'", true},
        Case{"${left_on} >= '2024-03-02'", false}, Case{"${missing} = ''", true},
        Case{"${missing} > 0", false}, Case{"${missing} < 0", false}, Case{"${missing}", false},
        Case{"${name}", true}, Case{"selected(${reasons}, 'persecution')", true},
        Case{"selected(${reasons}, 'marriage')", false},
        Case{"selected(${legacy}, 'marriage')", true}, Case{"selected(${missing}, 'other')", false},
        Case{"count-selected(${reasons}) = 2", true}, Case{"count-selected(${missing}) = 0", true},
        Case{". = 7", true}, Case{". > 3 and . < 10", true}, Case{". < 3 or . > 10", false},
        Case{"not(. = 7)", false}, Case{"not(selected(${reasons}, 'marriage'))", true},
        Case{"1 + 2 * 3 = 7", true}, Case{"(1 + 2) * 3 = 9", true}, Case{"7 div 2 = 3.5", true},
        Case{"7 mod 3 = 1", true}, Case{"10 - 4 - 3 = 3", true}, Case{"-${age} = -16", true},
        Case{"${age} + 2 = 18", true}, Case{"true() and not(false())", true},
        Case{"false() or ${yes_no} = 'yes'", true}, Case{"1 = 1 and 2 = 2 or 1 = 2", true},
        Case{"1 = 2 and 2 = 2 or 1 = 2", false}, Case{"${age}=16 and ${age}<20", true},
        Case{"  ${age}   >=   16  ", true}, Case{".5 < 1", true}));

struct ErrorCase {
  const char* expression;
  const char* message_part;
};

class RejectsSyntax : public testing::TestWithParam<ErrorCase> {};

TEST_P(RejectsSyntax, NamingExpressionAndPosition) {
  const auto parsed = Expression::Parse(GetParam().expression);
  ASSERT_FALSE(parsed.ok()) << GetParam().expression;
  EXPECT_NE(parsed.status().message().find(GetParam().message_part), std::string::npos)
      << parsed.status().message();
  EXPECT_NE(parsed.status().message().find(GetParam().expression), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    ExpressionEvaluator, RejectsSyntax,
    testing::Values(ErrorCase{"", "empty"}, ErrorCase{"${age} =", "ends too early"},
                    ErrorCase{"(1 + 2", "expected ')'"}, ErrorCase{"'open", "not closed"},
                    ErrorCase{"${age", "not closed"}, ErrorCase{"${} = 1", "field name is empty"},
                    ErrorCase{"$age", "expected '${'"},
                    ErrorCase{"today() > 1", "unknown function"},
                    ErrorCase{"selected(${a})", "takes 2 argument"},
                    ErrorCase{"not(1, 2)", "takes 1 argument"}, ErrorCase{"1 2", "position 3"},
                    ErrorCase{"count-selected ${a}", "expected '('"},
                    ErrorCase{"1 # 2", "unexpected '#'"}));

TEST(ExpressionEvaluator, ListsReferencesInOrder) {
  const auto parsed = Expression::Parse("selected(${a}, 'x') and ${b} > ${a}");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->references(), (std::vector<std::string>{"a", "b", "a"}));
}

TEST(ExpressionEvaluator, ArithmeticOnUnansweredIsNotANumber) {
  const auto parsed = Expression::Parse("${missing} + 1");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->Evaluate({Lookup, Value()}).AsString(), "NaN");
}

}  // namespace
}  // namespace verbatim::screening
