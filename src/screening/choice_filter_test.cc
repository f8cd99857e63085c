#include <gtest/gtest.h>

#include "screening/engine.h"
#include "screening/form_json.h"
#include "screening/form_reader.h"

namespace verbatim::screening {
namespace {

// A cascading select, as XLSForm writes it: the region list filtered by the chosen country.
constexpr const char* kSurvey =
    "type,name,label::English (en),choice_filter\n"
    "select_one country,country,Country,\n"
    "select_one region,region,Region,\"country = ${country}\"\n";
constexpr const char* kChoices =
    "list_name,name,label::English (en),country\n"
    "country,kz,Kazakhstan,\n"
    "country,kg,Kyrgyzstan,\n"
    "region,almaty,Almaty,kz\n"
    "region,astana,Astana,kz\n"
    "region,osh,Osh,kg\n";

Form Cascade() {
  auto form = ReadFormCsv(kSurvey, kChoices, "");
  EXPECT_TRUE(form.ok()) << form.status().message();
  return std::move(form).value();
}

TEST(ChoiceFilter, OffersOnlyTheChoicesWhoseColumnMatches) {
  const Form form = Cascade();
  auto kz = CheckAnswers(form, {{"country", "kz"}});
  ASSERT_TRUE(kz.ok()) << kz.status().message();
  EXPECT_EQ(FormCheckToJson(*kz)["choices"]["region"], Json::array({"almaty", "astana"}));
  auto none = CheckAnswers(form, Json::object());
  EXPECT_TRUE(FormCheckToJson(*none)["choices"]["region"].empty());
  EXPECT_FALSE(FormCheckToJson(*none)["choices"].contains("country"));  // no filter, no entry
}

TEST(ChoiceFilter, AnAnswerTheFilterNoLongerOffersIsAnIssue) {
  auto check = CheckAnswers(Cascade(), {{"country", "kg"}, {"region", "almaty"}});
  ASSERT_TRUE(check.ok());
  ASSERT_EQ(check->issues.size(), 1u);
  EXPECT_EQ(check->issues[0].path, "region");
  EXPECT_NE(check->issues[0].message.find("almaty"), std::string::npos);
  EXPECT_TRUE(CheckAnswers(Cascade(), {{"country", "kg"}, {"region", "osh"}})->complete());
}

TEST(ChoiceFilter, BadColumnOrBareNameElsewhereIsAnErrorNamingRowAndColumn) {
  auto unknown = ReadFormCsv(
      "type,name,choice_filter\nselect_one country,country,\nselect_one region,region,land = "
      "${country}\n",
      kChoices, "");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("row 3, column \"choice_filter\""), std::string::npos)
      << unknown.status().message();
  EXPECT_NE(unknown.status().message().find("land"), std::string::npos);

  auto bare = ReadFormCsv("type,name,relevant\ninteger,age,\ntext,why,age > 3\n", kChoices, "");
  ASSERT_FALSE(bare.ok());
  EXPECT_NE(bare.status().message().find("row 3, column \"relevant\""), std::string::npos)
      << bare.status().message();
  EXPECT_NE(bare.status().message().find("${age}"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::screening
