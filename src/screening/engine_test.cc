#include "screening/engine.h"

#include <gtest/gtest.h>

#include "screening/form_reader.h"

namespace verbatim::screening {
namespace {

// A small form exercising each engine rule: skip logic on a select, a group hidden as a whole, a
// constraint on `.`, and a repeat whose children refer to their own instance.
Form SmallForm() {
  auto form = ReadFormCsv(
      "type,name,label,required,relevant,constraint,constraint_message\n"
      "select_multiple reasons,reasons,Why?,yes,,,\n"
      "text,reasons_other,Other,yes,\"selected(${reasons}, 'other')\",,\n"
      "integer,age,Age,,,. >= 0 and . < 130,Age must be 0 to 129\n"
      "begin group,minor,Minor,,${age} < 18,,\n"
      "select_one yn,alone,Alone?,yes,,,\n"
      "end group,,,,,,\n"
      "text,alone_details,Details,,${alone} = 'yes',,\n"
      "begin repeat,route,Route,,,,\n"
      "text,country,Country,yes,,,\n"
      "integer,days,Days,,,. > 0,\n"
      "text,why_long,Why so long?,,${days} > 30,,\n"
      "end repeat,,,,,,\n"
      "note,thanks,Thank you,,,,\n",
      "list_name,name,label\nreasons,persecution,P\nreasons,other,O\nyn,yes,Y\nyn,no,N\n", "");
  EXPECT_TRUE(form.ok()) << form.status().message();
  return std::move(form).value();
}

std::vector<std::string> Paths(const FormCheck& check, Issue::Kind kind) {
  std::vector<std::string> paths;
  for (const auto& issue : check.issues) {
    if (issue.kind == kind) paths.push_back(issue.path);
  }
  return paths;
}

struct SkipCase {
  const char* answers;
  const char* path;
  bool relevant;
};

class SkipLogic : public testing::TestWithParam<SkipCase> {};

TEST_P(SkipLogic, DecidesRelevance) {
  const Form form = SmallForm();
  const auto check = CheckAnswers(form, Json::parse(GetParam().answers));
  ASSERT_TRUE(check.ok()) << check.status().message();
  EXPECT_EQ(check->IsRelevant(GetParam().path), GetParam().relevant)
      << GetParam().answers << " " << GetParam().path;
}

INSTANTIATE_TEST_SUITE_P(
    FormEngine, SkipLogic,
    testing::Values(SkipCase{R"({})", "reasons_other", false},
                    SkipCase{R"({"reasons":["persecution"]})", "reasons_other", false},
                    SkipCase{R"({"reasons":["other"]})", "reasons_other", true},
                    SkipCase{R"({})", "minor", false}, SkipCase{R"({})", "alone", false},
                    SkipCase{R"({"age":12})", "minor", true},
                    SkipCase{R"({"age":12})", "alone", true},
                    SkipCase{R"({"age":40})", "alone", false},
                    SkipCase{R"({"route":[{"days":40},{"days":2}]})", "route[1]/why_long", true},
                    SkipCase{R"({"route":[{"days":40},{"days":2}]})", "route[2]/why_long", false},
                    SkipCase{R"({"route":[{"days":40}]})", "route[1]/country", true},
                    SkipCase{R"({})", "thanks", true},
                    // An answer hidden by skip logic reads as empty, as ODK discards it.
                    SkipCase{R"({"age":12,"alone":"yes"})", "alone_details", true},
                    SkipCase{R"({"age":40,"alone":"yes"})", "alone_details", false}));

TEST(FormEngine, ReportsMissingRequiredOnlyWhenRelevant) {
  const Form form = SmallForm();
  const auto adult = CheckAnswers(form, Json::parse(R"({"age": 30})"));
  ASSERT_TRUE(adult.ok());
  EXPECT_EQ(Paths(*adult, Issue::Kind::kRequiredMissing), std::vector<std::string>{"reasons"});

  const auto child = CheckAnswers(form, Json::parse(R"({"age": 10, "reasons": ["other"]})"));
  ASSERT_TRUE(child.ok());
  EXPECT_EQ(Paths(*child, Issue::Kind::kRequiredMissing),
            (std::vector<std::string>{"reasons_other", "alone"}));
}

TEST(FormEngine, ReportsFailedConstraintWithItsMessage) {
  const Form form = SmallForm();
  const auto check = CheckAnswers(form, Json::parse(R"({"reasons":["persecution"],"age":140})"));
  ASSERT_TRUE(check.ok());
  ASSERT_EQ(check->issues.size(), 1u);
  EXPECT_EQ(check->issues[0].kind, Issue::Kind::kConstraintFailed);
  EXPECT_EQ(check->issues[0].path, "age");
  EXPECT_EQ(check->issues[0].message, "Age must be 0 to 129");
}

TEST(FormEngine, ChecksEachRepeatInstanceWithItsOwnValue) {
  const Form form = SmallForm();
  const auto check = CheckAnswers(form, Json::parse(R"({"reasons":["persecution"],
      "route":[{"country":"UZ","days":3},{"days":0},{"country":"KZ","days":-1}]})"));
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(Paths(*check, Issue::Kind::kRequiredMissing),
            std::vector<std::string>{"route[2]/country"});
  EXPECT_EQ(Paths(*check, Issue::Kind::kConstraintFailed),
            (std::vector<std::string>{"route[2]/days", "route[3]/days"}));
  EXPECT_NE(check->issues.back().message.find(". > 0"), std::string::npos);
}

TEST(FormEngine, CompleteWhenEverythingRelevantIsAnswered) {
  const Form form = SmallForm();
  const auto check = CheckAnswers(form, Json::parse(R"({"reasons":["other"],
      "reasons_other":"work","age":15,"alone":"yes","route":[{"country":"TJ"}]})"));
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->complete());
}

struct BadAnswers {
  const char* answers;
  const char* expected;
};

class RejectsAnswers : public testing::TestWithParam<BadAnswers> {};

TEST_P(RejectsAnswers, NamingTheQuestionOrChoice) {
  const auto check = CheckAnswers(SmallForm(), Json::parse(GetParam().answers));
  ASSERT_FALSE(check.ok()) << GetParam().answers;
  EXPECT_NE(check.status().message().find(GetParam().expected), std::string::npos)
      << check.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    FormEngine, RejectsAnswers,
    testing::Values(BadAnswers{R"({"colour":"red"})", "\"colour\": no question"},
                    BadAnswers{R"({"reasons":["fun"]})", "\"fun\" is not a choice"},
                    BadAnswers{R"({"reasons":"other"})", "expected an array"},
                    BadAnswers{R"({"alone":"maybe"})", "\"maybe\" is not a choice"},
                    BadAnswers{R"({"age":"ten"})", "\"age\": expected a whole number"},
                    BadAnswers{R"({"country":"UZ"})", "belongs inside its repeat"},
                    BadAnswers{R"({"route":[{"age":3}]})", "\"route[1]/age\""},
                    BadAnswers{R"({"route":{"country":"UZ"}})", "array of objects"},
                    BadAnswers{R"({"thanks":"x"})", "takes no answer"},
                    BadAnswers{R"([])", "must be a JSON object"}));

}  // namespace
}  // namespace verbatim::screening
