#include "cases/applicant.h"

#include <gtest/gtest.h>

namespace verbatim::cases {
namespace {

const TimePoint kToday = FromUnixMicros(1'795'000'000'000'000);  // 2026-11-18

Applicant Valid() {
  return {"Ahmad", "Mohammed", "محمد أحمد", "1990-05-17", "SY", {"ar"}};
}

std::vector<std::string> FieldsWithErrors(const Applicant& a) {
  std::vector<std::string> fields;
  for (const auto& e : Validate(Normalise(a), kToday)) fields.push_back(e.field);
  return fields;
}

TEST(Applicant, ValidApplicantHasNoErrors) { EXPECT_TRUE(FieldsWithErrors(Valid()).empty()); }

TEST(Applicant, DateOfBirthMayBePartialButMustBeReal) {
  struct Case { const char* dob; bool ok; } cases[] = {
      {"1990", true}, {"1990-05", true}, {"2000-02-29", true}, {"1990-02-30", false},
      {"1990-13", false}, {"17/05/1990", false}, {"", false}, {"1899-12-31", false},
      {"2027-01-01", false}, {"1990-5-1", false},
  };
  for (const auto& c : cases) {
    Applicant a = Valid();
    a.date_of_birth = c.dob;
    EXPECT_EQ(FieldsWithErrors(a).empty(), c.ok) << c.dob;
  }
}

TEST(Applicant, NationalityMustBeAnIsoCountryInAnyCase) {
  Applicant a = Valid();
  a.nationality = " af ";
  EXPECT_TRUE(FieldsWithErrors(a).empty());
  a.nationality = "XX";
  EXPECT_EQ(FieldsWithErrors(a), std::vector<std::string>{"nationality"});
  a.nationality = "SYR";
  EXPECT_EQ(FieldsWithErrors(a), std::vector<std::string>{"nationality"});
}

TEST(Applicant, LanguagesAreIso639AndDeduplicated) {
  Applicant a = Valid();
  a.languages = {"AR", "ar", "prs", " ps "};
  const Applicant n = Normalise(a);
  EXPECT_EQ(n.languages, (std::vector<std::string>{"ar", "prs", "ps"}));
  EXPECT_TRUE(Validate(n, kToday).empty());
  a.languages = {"arabic"};
  EXPECT_EQ(FieldsWithErrors(a), std::vector<std::string>{"languages"});
}

TEST(Applicant, NeedsAtLeastOneNameAndRejectsControlCharacters) {
  Applicant a = Valid();
  a.family_name = "  ";
  a.given_names = "";
  EXPECT_EQ(FieldsWithErrors(a), std::vector<std::string>{"family_name"});
  a = Valid();
  a.given_names = "Mo\nhammed";
  EXPECT_EQ(FieldsWithErrors(a), std::vector<std::string>{"given_names"});
}

TEST(Applicant, KeepsNamesInAnyScriptExactly) {
  Applicant a = Valid();
  a.names_original_script = "  ሰላም ተስፋዬ ";
  EXPECT_EQ(Normalise(a).names_original_script, "ሰላም ተስፋዬ");
}

}  // namespace
}  // namespace verbatim::cases
