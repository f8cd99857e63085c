#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "screening/engine.h"
#include "screening/form_reader.h"
#include "screening/shipped_forms.h"
#include "screening/xlsx_test_workbook.h"

namespace verbatim::screening {
namespace {

// A small form written with shared strings, a number cell, a boolean and a blank spacer row.
std::map<std::string, std::string> SmallForm(const std::string& relevant = "${age} &lt; 18") {
  auto parts = Workbook({{"survey", ""}, {"choices", ""}, {"settings", ""}});
  parts["xl/sharedStrings.xml"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<si><t>type</t></si><si><t>name</t></si><si><t>label::English (en)</t></si>)"
      R"(<si><t>label::Russian (ru)</t></si><si><t>relevant</t></si><si><t>integer</t></si>)"
      R"(<si><t>age</t></si><si><r><t>Approximate </t></r><r><t>age</t></r></si>)"
      R"(<si><t>Возраст</t><rPh><t>ignored reading aid</t></rPh></si><si><t>select_one yn</t></si>)"
      R"(<si><t>guardian</t></si><si><t>required</t></si></sst>)";
  parts["xl/worksheets/s10.xml"] =
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>)"
      R"(<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>11</v></c></row>)"
      R"(<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>6</v></c><c r="C2" t="s"><v>7</v></c>)"
      R"(<c r="D2" t="s"><v>8</v></c><c r="F2" t="b"><v>1</v></c></row>)"
      R"(<row r="3"/>)"
      R"(<row r="4"><c r="A4" t="s"><v>9</v></c><c r="B4" t="s"><v>10</v></c>)"
      R"(<c r="C4" t="inlineStr"><is><t>Is a guardian with you?</t></is></c>)"
      R"(<c r="E4" t="str"><v>)" +
      relevant +
      R"(</v></c></row>)"
      R"(</sheetData></worksheet>)";
  parts["xl/worksheets/s9.xml"] = SheetXml({{"list_name", "name", "label::English (en)", "marker"},
                                            {"yn", "yes", "Yes", ""},
                                            {"yn", "no", "No", "*"}});
  // A number cell, as Excel stores 20260101: binary floating point noise included.
  parts["xl/worksheets/s8.xml"] =
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
      R"(<row r="1"><c r="A1" t="inlineStr"><is><t>form_id</t></is></c>)"
      R"(<c r="B1" t="inlineStr"><is><t>form_title</t></is></c>)"
      R"(<c r="C1" t="inlineStr"><is><t>version</t></is></c></row>)"
      R"(<row r="2"><c r="A2" t="inlineStr"><is><t>small</t></is></c>)"
      R"(<c r="B2" t="inlineStr"><is><t>A small form</t></is></c>)"
      R"(<c r="C2"><v>20260101.000000001</v></c></row></sheetData></worksheet>)";
  return parts;
}

TEST(XlsxForm, ReadsSheetsSharedAndInlineStringsNumbersAndBooleans) {
  auto form = ReadFormXlsx(Zip(SmallForm()));
  ASSERT_TRUE(form.ok()) << form.status().message();
  EXPECT_EQ(form->id, "small");
  EXPECT_EQ(form->title, "A small form");
  EXPECT_EQ(form->settings.at("version"), "20260101");
  ASSERT_EQ(form->questions.size(), 2u);
  const Question& age = form->questions[0];
  EXPECT_EQ(age.type, QuestionType::kInteger);
  EXPECT_EQ(age.labels.at("en"), "Approximate age");  // rich-text runs joined
  EXPECT_EQ(age.labels.at("ru"), "Возраст");          // the phonetic run left out
  EXPECT_TRUE(age.required);                          // TRUE from a boolean cell
  EXPECT_EQ(form->questions[1].row, 4);               // the spreadsheet's own row number
  EXPECT_EQ(form->languages, (std::vector<std::string>{"en", "ru"}));
  ASSERT_EQ(form->choices.at("yn").size(), 2u);
  EXPECT_TRUE(form->choices.at("yn")[1].protection_marker);
  // Skip logic read from the workbook works: the guardian question is for minors only.
  auto adult = CheckAnswers(*form, {{"age", 40}});
  ASSERT_TRUE(adult.ok());
  EXPECT_FALSE(adult->IsRelevant("guardian"));
  EXPECT_TRUE(CheckAnswers(*form, {{"age", 12}})->IsRelevant("guardian"));
}

TEST(XlsxForm, ErrorsNameSheetRowAndColumn) {
  auto bad = ReadFormXlsx(Zip(SmallForm("${age} &lt;")));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("Form sheet \"survey\", row 4, column \"relevant\""),
            std::string::npos)
      << bad.status().message();

  auto parts = SmallForm();
  auto& survey = parts["xl/worksheets/s10.xml"];
  survey.replace(survey.find("<v>9</v>"), 8, "<v>99</v>");
  auto shared = ReadFormXlsx(Zip(parts));
  ASSERT_FALSE(shared.ok());
  EXPECT_NE(shared.status().message().find("Form sheet \"survey\", row 4, column \"A\""),
            std::string::npos)
      << shared.status().message();
}

TEST(XlsxForm, MissingSheetOrNotAWorkbookIsAClearError) {
  auto parts = Workbook({{"survey", SheetXml({{"type", "name"}, {"text", "a"}})}});
  auto missing = ReadFormXlsx(Zip(parts));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("\"choices\""), std::string::npos)
      << missing.status().message();

  auto not_zip = ReadFormXlsx("type,name\ntext,a\n");
  ASSERT_FALSE(not_zip.ok());
  EXPECT_NE(not_zip.status().message().find("not an .xlsx workbook"), std::string::npos);

  parts = SmallForm();
  parts["xl/workbook.xml"] = "<workbook><sheets>";
  auto broken = ReadFormXlsx(Zip(parts));
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("xl/workbook.xml"), std::string::npos);
}

// The shipped Annex 1 form written out as a workbook reads back as the same form.
TEST(XlsxForm, Annex1RoundTripsThroughAWorkbook) {
  std::ifstream in(std::string(VERBATIM_SOURCE_DIR) + "/data/forms/unhcr-annex1.json");
  std::stringstream text;
  text << in.rdbuf();
  const Json doc = Json::parse(text.str());
  auto sheet = [](const Json& rows) {
    std::vector<std::string> columns;
    for (const auto& row : rows) {
      for (const auto& [key, value] : row.items()) {
        if (std::find(columns.begin(), columns.end(), key) == columns.end()) columns.push_back(key);
      }
    }
    std::vector<std::vector<std::string>> out{columns};
    for (const auto& row : rows) {
      std::vector<std::string> cells;
      for (const auto& c : columns) cells.push_back(row.value(c, ""));
      out.push_back(cells);
    }
    return SheetXml(out);
  };
  auto form = ReadFormXlsx(Zip(Workbook({{"survey", sheet(doc["survey"])},
                                         {"choices", sheet(doc["choices"])},
                                         {"settings", sheet(Json::array({doc["settings"]}))}})));
  ASSERT_TRUE(form.ok()) << form.status().message();
  const Form shipped = ShippedForm("unhcr-annex1").value();
  EXPECT_EQ(form->id, shipped.id);
  ASSERT_EQ(form->questions.size(), shipped.questions.size());
  for (size_t i = 0; i < shipped.questions.size(); ++i) {
    EXPECT_EQ(form->questions[i].name, shipped.questions[i].name);
    EXPECT_EQ(form->questions[i].labels, shipped.questions[i].labels);
  }
  EXPECT_EQ(form->choices.size(), shipped.choices.size());
  EXPECT_EQ(form->languages, shipped.languages);
}

}  // namespace
}  // namespace verbatim::screening
