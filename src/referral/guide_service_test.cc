// The National Reference Guide in the store, on both backends (UN-7).
#include "referral/guide_service.h"

#include "referral/guide_directory.h"
#include "referral/service_test_fixture.h"

namespace verbatim::referral {
namespace {

using testing::kAdmin;

class GuideServiceTest : public testing::ServiceTest {
 protected:
  GuideService service_{db_.store(), clock_};
};

TEST_F(GuideServiceTest, TheExampleGuidesAreLoadedOnce) {
  auto list = service_.List();
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].country, "KG");
  EXPECT_EQ((*list)[1].country, "KZ");
  EXPECT_TRUE((*list)[1].example);
  EXPECT_EQ((*list)[1].last_updated, "2026-11-01");
  EXPECT_EQ(*LoadExampleGuides(db_.store(), clock_), 0);  // never overwrites
}

TEST_F(GuideServiceTest, SavingReplacesTheGuideDatesItTodayAndIsAudited) {
  Guide kz = *service_.Get("KZ");
  const std::size_t before = kz.agencies.size();
  kz.agencies.pop_back();  // UNHCR
  kz.agencies[0].telephone = "+7 7172 00 00 99";
  auto saved = service_.Save(kAdmin, kz);
  ASSERT_TRUE(saved.ok()) << saved.status().message();
  EXPECT_EQ(saved->last_updated, "2026-11-20");
  const Guide again = *service_.Get("KZ");
  EXPECT_EQ(again.agencies.size(), before - 1);
  EXPECT_EQ(again.agencies[0].telephone, "+7 7172 00 00 99");
  EXPECT_EQ(again.last_updated, "2026-11-20");
  EXPECT_EQ(LastAudit(), "admin guide.save guide:KZ ok");
}

TEST_F(GuideServiceTest, AgencyIdsAreUniqueAcrossGuides) {
  Guide kg = *service_.Get("KG");
  kg.agencies[0].id = "kz-example-asylum";
  auto saved = service_.Save(kAdmin, kg);
  ASSERT_EQ(saved.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(saved.status().message().find("already the id of an agency in the guide for KZ"),
            std::string::npos);
  EXPECT_EQ(service_.Get("KG")->agencies[0].id, "kg-example-asylum");  // nothing changed
}

TEST_F(GuideServiceTest, TheDirectoryNamesTheFirstAgencyOfEachCategory) {
  auto directory = LoadGuideDirectory(db_.store(), "KZ");
  ASSERT_TRUE(directory.ok());
  auto asylum = (*directory)->For("asylum_authority");
  ASSERT_TRUE(asylum);
  EXPECT_EQ(asylum->id, "kz-example-asylum");
  EXPECT_EQ((*directory)->For("assistance_organisations")->id, "kz-example-legal-aid");
  EXPECT_FALSE((*directory)->For("nothing"));
  EXPECT_EQ(LoadGuideDirectory(db_.store(), "FR").status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(service_.Get("FR").status().message(), "There is no reference guide for 'FR'.");
}

}  // namespace
}  // namespace verbatim::referral
