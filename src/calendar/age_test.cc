#include "calendar/age.h"

#include <gtest/gtest.h>

#include "calendar/approximate_date.h"

namespace verbatim::calendar {
namespace {

using namespace std::chrono;

DayRange Range(const char* text) { return ParseApproximateDate(text)->range; }

struct Case {
  const char* born;
  const char* on;
  AgeRange age;
};

TEST(Age, CountsCompletedYearsAndWidensForPartialDates) {
  const Case cases[] = {
      {"1990-05-03", "2024-05-02", {33, 33}},
      {"1990-05-03", "2024-05-03", {34, 34}},
      {"2000-02-29", "2023-02-28", {22, 22}},  // a leap-day birthday comes on 1 March
      {"2000-02-29", "2023-03-01", {23, 23}},
      {"2000-02-29", "2024-02-29", {24, 24}},
      {"1990", "2024-06-15", {33, 34}},
      {"1990-05", "2024-05-15", {33, 34}},
      {"1990", "2024", {33, 34}},
      {"2019", "2019-06-01", {0, 0}},  // may not have been born yet
      {"spring 2010", "2020", {9, 10}},
  };
  for (const Case& c : cases) {
    const auto age = AgeOn(Range(c.born), Range(c.on));
    ASSERT_TRUE(age.ok()) << c.born << " " << c.on;
    EXPECT_EQ(*age, c.age) << c.born << " on " << c.on << ": " << age->min << "–" << age->max;
  }
}

TEST(Age, RefusesADateBeforeTheBirth) {
  const auto age = AgeOn(Range("2000-01-01"), Range("1999-12-31"));
  ASSERT_FALSE(age.ok());
  EXPECT_NE(age.status().message().find("before the birth"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::calendar
