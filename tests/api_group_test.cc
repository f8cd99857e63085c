// Group registration in a mass influx over real HTTP, on both backends (issue 5: UN-8).
#include "api_fixture.h"

namespace verbatim::testing {
namespace {

class GroupApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    AddUser("border", auth::Role::kBorderOfficer);
    AddUser("agency", auth::Role::kReferralAgency);
    LogIn("border");
  }
  Json CreateFamily() {
    auto res = Post("/api/v1/groups",
                    {{"kind", "family"},
                     {"location", "Crossing 7, north gate"},
                     {"note", "Arrived together by bus"},
                     {"members",
                      {{{"name", "Фарид, \"старший\""}, {"sex", "male"}, {"approximate_age", 41},
                        {"nationality", "AF"}, {"specific_needs", {"health_problems"}}},
                       {{"name", "Mina"}, {"sex", "female"}, {"approximate_age", 9},
                        {"nationality", "AF"}, {"specific_needs", {"child"}}}}}});
    EXPECT_EQ(res->status, 201) << res->body;
    return Json::parse(res->body);
  }
};

TEST_F(GroupApiTest, RegistersAFamilyAppendsAndExportsCsv) {
  const Json g = CreateFamily();
  const std::string id = g["id"];
  EXPECT_EQ(g["member_count"], 2);
  EXPECT_TRUE(g["non_refoulement"]);
  EXPECT_EQ(g["members"][1]["seq"], 2);

  auto more = Post("/api/v1/groups/" + id + "/members",
                   {{"members", {{{"name", "Bibi"}, {"sex", "female"}, {"approximate_age", nullptr},
                                  {"specific_needs", {"elderly"}}}}}});
  ASSERT_EQ(more->status, 201) << more->body;
  EXPECT_EQ(Json::parse(more->body)["members"][2]["seq"], 3);

  auto determined = Post("/api/v1/groups/" + id + "/determination",
                         {{"kind", "temporary_protection"}, {"note", "Temporary protection decree"}});
  ASSERT_EQ(determined->status, 201) << determined->body;
  EXPECT_EQ(Json::parse(determined->body)["determination"]["kind"], "temporary_protection");

  auto list = Get("/api/v1/groups?limit=5");
  ASSERT_EQ(list->status, 200);
  EXPECT_EQ(Json::parse(list->body)["groups"][0]["member_count"], 3);
  EXPECT_EQ(Get("/api/v1/groups?limit=0")->status, 400);

  auto csv = Get("/api/v1/groups/" + id + "/export.csv");
  ASSERT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type").rfind("text/csv", 0), 0u);
  EXPECT_EQ(csv->body,
            "group_id,group_kind,location,determination,member,name,sex,approximate_age,"
            "nationality,specific_needs\r\n" +
                id + ",family,\"Crossing 7, north gate\",temporary_protection,1,"
                     "\"Фарид, \"\"старший\"\"\",male,41,AF,health_problems\r\n" +
                id + ",family,\"Crossing 7, north gate\",temporary_protection,2,Mina,female,9,AF,child\r\n" +
                id + ",family,\"Crossing 7, north gate\",temporary_protection,3,Bibi,female,,,elderly\r\n");
}

TEST_F(GroupApiTest, ReturnOfAGroupIs409AndNothingIsWritten) {
  const std::string id = CreateFamily()["id"];
  for (const char* kind : {"return", "refusal_of_entry"}) {
    auto refused = Post("/api/v1/groups/" + id + "/decisions", {{"kind", kind}, {"note", "x"}});
    ASSERT_EQ(refused->status, 409);
    EXPECT_EQ(refused->get_header_value("Content-Type"), "application/problem+json");
    EXPECT_NE(Json::parse(refused->body)["detail"].get<std::string>().find("non-refoulement applies to all 2 members of the group (UN-8)"),
              std::string::npos);
  }
  ASSERT_EQ(Post("/api/v1/groups/" + id + "/decisions", {{"kind", "asylum_procedure"}})->status, 201);
  EXPECT_EQ(Json::parse(Get("/api/v1/groups/" + id)->body)["decisions"].size(), 1u);
}

TEST_F(GroupApiTest, BadMembersAreNamedAndOnlyBorderStaffRegister) {
  auto bad = Post("/api/v1/groups", {{"kind", "group"}, {"location", "Crossing 7"},
                                     {"members", {{{"name", "A"}}, {{"name", "B"}, {"approximate_age", "ten"}}}}});
  ASSERT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("members[1].approximate_age must be a whole number"), std::string::npos);
  EXPECT_TRUE(Json::parse(Get("/api/v1/groups")->body)["groups"].empty());
  EXPECT_EQ(Get("/api/v1/groups/nope")->status, 404);
  LogIn("agency");
  EXPECT_EQ(Get("/api/v1/groups")->status, 403);
}

}  // namespace
}  // namespace verbatim::testing
