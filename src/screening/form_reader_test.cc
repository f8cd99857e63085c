#include "screening/form_reader.h"

#include <gtest/gtest.h>

namespace verbatim::screening {
namespace {

constexpr char kSurvey[] =
    "type,name,label,label::Russian (ru),required,relevant,constraint,constraint_message\n"
    "integer,age,Age,Возраст,yes,,. >= 0 and . < 130,\"Age between 0 and 129, please\"\n"
    "select_one yes_no,alone,Travelling alone?,Один?,,${age} < 18,,\n"
    "begin repeat,route,Route,,,,,\n"
    "text,country,Country,Страна,yes,,,\n"
    "end repeat,,,,,,,\n";
constexpr char kChoices[] =
    "list_name,name,label,marker\n"
    "yes_no,yes,Yes,*\n"
    "yes_no,no,No,\n";
constexpr char kSettings[] = "form_id,form_title\nsmall,A small form\n";

TEST(FormReader, ReadsCsvSheets) {
  const auto form = ReadFormCsv(kSurvey, kChoices, kSettings);
  ASSERT_TRUE(form.ok()) << form.status().message();
  EXPECT_EQ(form->id, "small");
  ASSERT_EQ(form->questions.size(), 5u);
  const Question* age = form->Find("age");
  ASSERT_NE(age, nullptr);
  EXPECT_EQ(age->type, QuestionType::kInteger);
  EXPECT_TRUE(age->required);
  EXPECT_EQ(age->labels.at("ru"), "Возраст");
  EXPECT_EQ(age->labels.at(""), "Age");
  EXPECT_EQ(age->constraint_message, "Age between 0 and 129, please");
  EXPECT_EQ(age->row, 2);
  EXPECT_EQ(form->Find("alone")->list_name, "yes_no");
  EXPECT_EQ(form->Find("country")->repeat, 2);
  EXPECT_EQ(form->languages, std::vector<std::string>{"ru"});
  EXPECT_TRUE(form->FindChoice(*form->Find("alone"), "yes")->protection_marker);
  EXPECT_FALSE(form->FindChoice(*form->Find("alone"), "no")->protection_marker);
}

TEST(FormReader, ReadsJsonDocument) {
  const auto form = ReadFormJsonText(R"json({
    "settings": {"form_id": "j"},
    "survey": [{"type": "select_multiple needs", "name": "needs", "label::English (en)": "Needs",
                "required": true}],
    "choices": [{"list_name": "needs", "name": "child", "marker": "*+"}]})json");
  ASSERT_TRUE(form.ok()) << form.status().message();
  EXPECT_EQ(form->id, "j");
  EXPECT_TRUE(form->Find("needs")->required);
  EXPECT_EQ(form->Find("needs")->labels.at("en"), "Needs");
  const Choice* child = form->FindChoice(*form->Find("needs"), "child");
  EXPECT_TRUE(child->protection_marker && child->trafficking_marker);
}

struct BadForm {
  const char* what;
  const char* survey;
  const char* choices;
  const char* expected;  // the sheet, row and column named in the message
};

class RejectsBadForm : public testing::TestWithParam<BadForm> {};

TEST_P(RejectsBadForm, NamingSheetRowAndColumn) {
  const auto form = ReadFormCsv(GetParam().survey, GetParam().choices, "");
  ASSERT_FALSE(form.ok()) << GetParam().what;
  EXPECT_NE(form.status().message().find(GetParam().expected), std::string::npos)
      << GetParam().what << ": " << form.status().message();
}

constexpr char kOkChoices[] = "list_name,name,label\nyn,yes,Yes\nyn,no,No\n";

INSTANTIATE_TEST_SUITE_P(
    FormReader, RejectsBadForm,
    testing::Values(
        BadForm{"unknown type", "type,name\ntext,a\nphoto,b\n", kOkChoices,
                "sheet \"survey\", row 3, column \"type\": unknown type \"photo\""},
        BadForm{"no type column", "name\na\n", kOkChoices, "sheet \"survey\", column \"type\""},
        BadForm{"missing name", "type,name\ntext,\n", kOkChoices,
                "sheet \"survey\", row 2, column \"name\""},
        BadForm{"duplicate name", "type,name\ntext,a\ninteger,a\n", kOkChoices,
                "row 3, column \"name\": \"a\" is used twice"},
        BadForm{"select without list", "type,name\nselect_one,a\n", kOkChoices,
                "row 2, column \"type\""},
        BadForm{"unknown list", "type,name\nselect_one nope,a\n", kOkChoices,
                "row 2, column \"type\": list \"nope\""},
        BadForm{"bad relevant", "type,name,relevant\ntext,a,\ntext,b,${a} = \n", kOkChoices,
                "row 3, column \"relevant\": Expression \"${a} = \""},
        BadForm{"bad constraint", "type,name,constraint\ninteger,a,. >> 1\n", kOkChoices,
                "row 2, column \"constraint\""},
        BadForm{"unknown reference", "type,name,relevant\ntext,a,${b} = 'x'\n", kOkChoices,
                "row 2, column \"relevant\": ${b} names no question"},
        BadForm{"bad required", "type,name,required\ntext,a,maybe\n", kOkChoices,
                "row 2, column \"required\""},
        BadForm{"unended repeat", "type,name\nbegin repeat,r\ntext,a\n", kOkChoices,
                "row 2, column \"type\": begin repeat \"r\" is never ended"},
        BadForm{"stray end group", "type,name\ntext,a\nend group,\n", kOkChoices,
                "row 3, column \"type\": end group without"},
        BadForm{"crossed ends", "type,name\nbegin group,g\nbegin repeat,r\nend group,\n",
                kOkChoices, "row 4, column \"type\""},
        BadForm{"bad marker", "type,name\ntext,a\n", "list_name,name,marker\nyn,yes,#\n",
                "sheet \"choices\", row 2, column \"marker\""},
        BadForm{"duplicate choice", "type,name\ntext,a\n", "list_name,name\nyn,yes\nyn,yes\n",
                "sheet \"choices\", row 3, column \"name\""},
        BadForm{"choice without list", "type,name\ntext,a\n", "list_name,name\n,yes\n",
                "sheet \"choices\", row 2, column \"list_name\""},
        BadForm{"unclosed quote", "type,name\ntext,\"a\n", kOkChoices,
                "sheet \"survey\", row 2: a quoted cell is not closed"}));

TEST(FormReader, ReadsSpreadsheetCsvWithBomCrlfAndQuotedLineBreaks) {
  const auto form = ReadFormCsv(
      "\xEF\xBB\xBFtype,name,label\r\ntext,a,\"Line one\r\nline "
      "\"\"two\"\"\"\r\n,,\r\ntext,b,B\r\n",
      "list_name,name\r\n", "");
  ASSERT_TRUE(form.ok()) << form.status().message();
  ASSERT_EQ(form->questions.size(), 2u);
  EXPECT_EQ(form->questions[0].labels.at(""), "Line one\r\nline \"two\"");
  EXPECT_EQ(form->questions[1].row, 4);  // the empty row 3 is skipped but still counted
}

TEST(FormReader, RejectsJsonCellThatIsNotText) {
  const auto form = ReadFormJsonText(R"({"survey":[{"type":"text","name":"a"},
      {"type":"text","name":{"x":1}}],"choices":[]})");
  ASSERT_FALSE(form.ok());
  EXPECT_NE(form.status().message().find("sheet \"survey\", row 2, column \"name\""),
            std::string::npos)
      << form.status().message();
}

}  // namespace
}  // namespace verbatim::screening
