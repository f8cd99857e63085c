// Group members and the CSV export (UN-8 mass influx).
#include <gtest/gtest.h>

#include "referral/group.h"

namespace verbatim::referral {
namespace {

TEST(GroupMembers, ReadsMinimalDataPerPerson) {
  auto m = MembersFromJson(Json::parse(R"([
    {"name": "Zarina", "sex": "female", "approximate_age": 34, "nationality": "AF",
     "specific_needs": ["woman_at_risk", "woman_at_risk"]},
    {"name": "Bilal"}
  ])"));
  ASSERT_TRUE(m.ok()) << m.status().message();
  ASSERT_EQ(m->size(), 2u);
  EXPECT_EQ((*m)[0].approximate_age, 34);
  EXPECT_EQ((*m)[0].specific_needs, std::vector<std::string>{"woman_at_risk"});
  EXPECT_EQ((*m)[1].sex, "unknown");
  EXPECT_FALSE((*m)[1].approximate_age);
}

TEST(GroupMembers, ErrorsNameTheMemberAndField) {
  struct Case {
    const char* json;
    const char* error;
  } cases[] = {
      {R"([])", "members must be a non-empty array"},
      {R"([{"name": ""}])", "members[0].name is required"},
      {R"([{"name": "A"}, {"name": "B", "sex": "f"}])", "members[1].sex 'f' is not one of female, male"},
      {R"([{"name": "A", "approximate_age": -3}])", "members[0].approximate_age must be a whole number"},
      {R"([{"name": "A", "approximate_age": 7.5}])", "members[0].approximate_age must be a whole number"},
      {R"([{"name": "A", "nationality": "Afghan"}])", "members[0].nationality 'Afghan' is not an ISO"},
      {R"([{"name": "A", "specific_needs": ["tired"]}])", "members[0].specific_needs[0] 'tired' is not a specific need of UN-5"},
      {R"([{"name": "A", "age": 3}])", "members[0].age is not a field of a member"},
  };
  for (const Case& c : cases) {
    auto m = MembersFromJson(Json::parse(c.json));
    ASSERT_FALSE(m.ok()) << c.json;
    EXPECT_NE(m.status().message().find(c.error), std::string::npos) << m.status().message();
  }
}

TEST(GroupCsv, FollowsRfc4180) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  // Formula injection: the cell stays text in a spreadsheet.
  EXPECT_EQ(CsvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(CsvField("+49 30"), "'+49 30");
  EXPECT_EQ(CsvField("-1"), "'-1");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField("Anna-Maria"), "Anna-Maria");

  Group g;
  g.id = "g1";
  g.kind = "family";
  g.location = "Crossing 7, north gate";
  g.determination = GroupDecision{"d1", "temporary_protection", "", TimePoint{}, "border"};
  g.members = {{1, "Ахмад, \"Ali\"", "male", 41, "AF", {"health_problems", "elderly"}},
               {2, "Mina", "female", std::nullopt, "", {}}};
  EXPECT_EQ(GroupToCsv(g),
            "group_id,group_kind,location,determination,member,name,sex,approximate_age,"
            "nationality,specific_needs\r\n"
            "g1,family,\"Crossing 7, north gate\",temporary_protection,1,\"Ахмад, \"\"Ali\"\"\",male,41,"
            "AF,health_problems;elderly\r\n"
            "g1,family,\"Crossing 7, north gate\",temporary_protection,2,Mina,female,,,\r\n");
}

TEST(GroupJson, NonRefoulementAlwaysHoldsForAGroup) {
  Group g;
  g.id = "g1";
  const Json j = GroupToJson(g, false);
  EXPECT_TRUE(j["non_refoulement"]);  // UN-8
  EXPECT_FALSE(j.contains("members"));
  EXPECT_TRUE(GroupToJson(g, true).contains("members"));
}

}  // namespace
}  // namespace verbatim::referral
