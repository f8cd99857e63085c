// Group registration in a mass influx over the store, on both backends (UN-8).
#include "referral/group_service.h"

#include "referral/service_test_fixture.h"

namespace verbatim::referral {
namespace {

using testing::kBorder;

class GroupServiceTest : public testing::ServiceTest {
 protected:
  Group MustCreate() {
    NewGroup n{"family", "Crossing 7", "Arrived by bus",
               {{0, "Farid", "male", 40, "AF", {}}, {0, "Mina", "female", 9, "AF", {"child"}}}};
    auto g = service_.Create(kBorder, n);
    EXPECT_TRUE(g.ok()) << g.status().message();
    return g.ok() ? *g : Group{};
  }

  GroupService service_{db_.store(), clock_};
};

TEST_F(GroupServiceTest, RegistersAFamilyAndAppendsMembersInOrder) {
  const Group g = MustCreate();
  EXPECT_EQ(g.member_count, 2);
  ASSERT_EQ(g.members.size(), 2u);
  EXPECT_EQ(g.members[1].seq, 2);
  EXPECT_EQ(g.members[1].specific_needs, std::vector<std::string>{"child"});
  EXPECT_EQ(LastAudit(), "border group.create group:" + g.id + " ok");

  auto more = service_.AddMembers(kBorder, g.id, {{0, "Bibi", "female", 70, "AF", {"elderly"}}});
  ASSERT_TRUE(more.ok()) << more.status().message();
  ASSERT_EQ(more->members.size(), 3u);
  EXPECT_EQ(more->members[2].seq, 3);
  EXPECT_EQ(more->members[2].name, "Bibi");

  auto list = service_.List(kBorder, 10);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].member_count, 3);
}

TEST_F(GroupServiceTest, DeterminationIsRecordedForTheWholeGroup) {
  const Group g = MustCreate();
  auto d = service_.Determine(kBorder, g.id, "temporary_protection", "Decree of the day");
  ASSERT_TRUE(d.ok()) << d.status().message();
  ASSERT_TRUE(d->determination);
  EXPECT_EQ(d->determination->kind, "temporary_protection");
  EXPECT_EQ(d->determination->by, "border");
  EXPECT_EQ(service_.Determine(kBorder, g.id, "refugee", "").status().code(), ErrorCode::kInvalidArgument);
  auto admitted = service_.Decide(kBorder, g.id, "admission", "");
  ASSERT_TRUE(admitted.ok());
  EXPECT_EQ(admitted->decisions.size(), 2u);
  EXPECT_EQ(admitted->determination->kind, "temporary_protection");
}

TEST_F(GroupServiceTest, NoReturnOrRefusalOfEntryForAnyMember) {
  const Group g = MustCreate();
  for (const char* kind : {"return", "refusal_of_entry"}) {
    auto r = service_.Decide(kBorder, g.id, kind, "");
    ASSERT_EQ(r.status().code(), ErrorCode::kFailedPrecondition);
    EXPECT_NE(r.status().message().find("non-refoulement applies to all 2 members"), std::string::npos);
    EXPECT_EQ(LastAudit(), "border group.decision." + std::string(kind) + " group:" + g.id + " refused");
  }
  EXPECT_TRUE(service_.Get(kBorder, g.id)->decisions.empty());  // nothing was written
}

TEST_F(GroupServiceTest, ExportsOneCsvRowPerMember) {
  const Group g = MustCreate();
  auto csv = service_.ExportCsv(kBorder, g.id);
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(std::count(csv->begin(), csv->end(), '\n'), 3);
  EXPECT_NE(csv->find(",2,Mina,female,9,AF,child\r\n"), std::string::npos) << *csv;
  EXPECT_EQ(LastAudit(), "border group.export group:" + g.id + " ok");
}

TEST_F(GroupServiceTest, BadInputAndUnknownGroups) {
  EXPECT_EQ(service_.Create(kBorder, {"crowd", "X", "", {{0, "A", "male", {}, "", {}}}}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_NE(service_.Create(kBorder, {"group", " ", "", {{0, "A", "male", {}, "", {}}}})
                .status().message().find("location is required"), std::string::npos);
  EXPECT_EQ(service_.Create(kBorder, {"group", "X", "", {}}).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(service_.Get(kBorder, "nope").status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(service_.AddMembers(kBorder, "nope", {{0, "A", "male", {}, "", {}}}).status().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(service_.Decide(kBorder, "nope", "return", "").status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(service_.List(kBorder, 10)->empty());
}

}  // namespace
}  // namespace verbatim::referral
