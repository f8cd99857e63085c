// The National Reference Guide and referrals over real HTTP, on both backends (issue 5: UN-6,
// UN-7). The screening a referral is about is inserted as a fixture row of screening-core's
// table; everything else goes through the API.
#include <poppler-document.h>
#include <poppler-page.h>

#include "api_fixture.h"
#include "referral/example_guides.h"
#include "referral/referral_service.h"
#include "store/screening_fixture.h"

namespace verbatim::testing {
namespace {

class ReferralApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    ASSERT_TRUE(referral::LoadExampleGuides(db_.store(), clock_).ok());
    AddUser("admin", auth::Role::kAdmin);
    AddUser("border", auth::Role::kBorderOfficer);
    AddUser("agency", auth::Role::kReferralAgency);
    AddUser("agency2", auth::Role::kReferralAgency);
    AddUser("lawyer", auth::Role::kLawyer);
    referral::ReferralService service(db_.store(), clock_);
    const auth::Principal root{0, "test", auth::Role::kAdmin, "test"};
    ASSERT_TRUE(service.AssignAgency(root, "agency", "kz-example-asylum").ok());
    ASSERT_TRUE(service.AssignAgency(root, "agency2", "kz-example-child-protection").ok());
    screening_id_ = store::AddScreeningFixture(db_.store(), ToUnixMicros(clock_.Now()), "Farid Ahmadi", "border");
  }

  httplib::Result Put(const std::string& path, const Json& body) {
    return client_->Put(path.c_str(), Auth(), body.dump(), "application/json");
  }
  Json SendReferral() {
    auto res = Post("/api/v1/screenings/" + screening_id_ + "/referrals",
                    {{"category", "asylum_authority"}, {"agency_id", "kz-example-asylum"},
                     {"priority", "high"}, {"reason", "Fear of return expressed (UN-4)"},
                     {"consent", {{"given", true}}}});
    EXPECT_EQ(res->status, 201) << res->body;
    return Json::parse(res->body);
  }
  std::string PdfText(const std::string& bytes) {
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) return "";
    std::string all;
    for (int i = 0; i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      const auto utf8 = page->text().to_utf8();
      all += std::string(utf8.begin(), utf8.end()) + "\n";
    }
    return all;
  }

  std::string screening_id_;
};

TEST_F(ReferralApiTest, StaffReadTheGuidesAndAdminsEditThem) {
  LogIn("border");
  auto list = Get("/api/v1/guides");
  ASSERT_EQ(list->status, 200);
  const Json guides = Json::parse(list->body)["guides"];
  ASSERT_EQ(guides.size(), 2u);
  EXPECT_EQ(guides[1], Json({{"country", "KZ"}, {"example", true},
                             {"maintained_by", guides[1]["maintained_by"]}, {"last_updated", "2026-11-01"}}));
  auto kz = Get("/api/v1/guides/KZ");
  ASSERT_EQ(kz->status, 200);
  Json doc = Json::parse(kz->body);
  EXPECT_EQ(doc["agencies"][0]["id"], "kz-example-asylum");
  EXPECT_EQ(Put("/api/v1/guides/KZ", doc)->status, 403);  // admins only
  EXPECT_EQ(Get("/api/v1/guides/FR")->status, 404);

  LogIn("admin");
  doc["agencies"][0]["hotline"] = "+7 7172 00 00 09";
  auto saved = Put("/api/v1/guides/KZ", doc);
  ASSERT_EQ(saved->status, 200) << saved->body;
  EXPECT_EQ(Json::parse(saved->body)["last_updated"], "2026-11-18");  // UN-7: the date of the update
  EXPECT_EQ(Json::parse(Get("/api/v1/guides/KZ")->body)["agencies"][0]["hotline"], "+7 7172 00 00 09");

  doc["agencies"][1]["category"] = "police";
  doc["agencies"][2]["telephone"] = "";
  auto bad = Put("/api/v1/guides/KZ", doc);
  ASSERT_EQ(bad->status, 400);
  EXPECT_EQ(bad->get_header_value("Content-Type"), "application/problem+json");
  const std::string detail = Json::parse(bad->body)["detail"];
  EXPECT_NE(detail.find("agencies[1].category: 'police' is not a category"), std::string::npos) << detail;
  EXPECT_NE(detail.find("agencies[2].telephone: is required"), std::string::npos) << detail;
  EXPECT_EQ(Put("/api/v1/guides/KG", Json::parse(Get("/api/v1/guides/KZ")->body))->status, 400);

  LogIn("lawyer");
  EXPECT_EQ(Get("/api/v1/guides")->status, 403);
}

TEST_F(ReferralApiTest, TheGuidePrintsAsAPdfMarkedExample) {
  LogIn("border");
  auto pdf = Get("/api/v1/guides/KG/pdf");
  ASSERT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  const std::string text = PdfText(pdf->body);
  EXPECT_NE(text.find("EXAMPLE"), std::string::npos);
  EXPECT_NE(text.find("Refugee Status Determination Commission (example)"), std::string::npos);
  EXPECT_NE(text.find("+996 312 00 00 01"), std::string::npos);
}

TEST_F(ReferralApiTest, AReferralGoesThroughItsWholeLifecycle) {
  LogIn("border");
  const Json sent = SendReferral();
  const std::string id = sent["id"];
  EXPECT_EQ(sent["status"], "sent");
  EXPECT_EQ(sent["agency"], Json({{"id", "kz-example-asylum"}, {"name", "Refugee Status Determination Commission (example)"}}));
  EXPECT_EQ(sent["person"], Json({{"name", "Farid Ahmadi"}, {"sex", "female"}, {"approximate_age", 34},
                                  {"nationality", "AF"}}));
  EXPECT_EQ(sent["acknowledge_due"], "2026-11-19");
  EXPECT_EQ(sent["consent"], Json({{"given", true}, {"override_reason", ""}}));

  LogIn("agency");
  auto inbox = Get("/api/v1/referrals?status=sent");
  ASSERT_EQ(inbox->status, 200);
  ASSERT_EQ(Json::parse(inbox->body)["referrals"].size(), 1u);
  EXPECT_FALSE(Json::parse(inbox->body)["referrals"][0].contains("events"));
  auto early = Post("/api/v1/referrals/" + id + "/events", {{"action", "accept"}});
  ASSERT_EQ(early->status, 409);
  EXPECT_NE(Json::parse(early->body)["detail"].get<std::string>().find("The referral is sent"), std::string::npos);
  for (const char* action : {"acknowledge", "accept", "close"}) {
    auto step = Post("/api/v1/referrals/" + id + "/events", {{"action", action}, {"note", std::string("n-") + action}});
    ASSERT_EQ(step->status, 200) << step->body;
  }
  const Json done = Json::parse(Get("/api/v1/referrals/" + id)->body);
  EXPECT_EQ(done["status"], "closed");
  ASSERT_EQ(done["events"].size(), 4u);
  EXPECT_EQ(done["events"][1]["action"], "acknowledge");
  EXPECT_EQ(done["events"][1]["by"], "agency");
  EXPECT_EQ(done["events"][1]["note"], "n-acknowledge");
  EXPECT_EQ(done["events"][1]["at"], "2026-11-18T11:06:40.000Z");

  auto slip = Get("/api/v1/referrals/" + id + "/slip.pdf");
  ASSERT_EQ(slip->status, 200);
  const std::string text = PdfText(slip->body);
  EXPECT_NE(text.find("Farid Ahmadi"), std::string::npos);
  EXPECT_NE(text.find("Referral slip"), std::string::npos);
}

TEST_F(ReferralApiTest, OtherAgenciesGet404AndBadRequestsAreNamed) {
  LogIn("border");
  const std::string id = SendReferral()["id"];
  auto no_consent = Post("/api/v1/screenings/" + screening_id_ + "/referrals",
                         {{"category", "asylum_authority"}, {"agency_id", "kz-example-asylum"},
                          {"priority", "high"}, {"reason", "r"}, {"consent", {{"given", false}}}});
  ASSERT_EQ(no_consent->status, 400);
  EXPECT_NE(no_consent->body.find("override_reason is required"), std::string::npos);
  EXPECT_EQ(Post("/api/v1/screenings/nope/referrals",
                 {{"category", "asylum_authority"}, {"agency_id", "kz-example-asylum"},
                  {"priority", "high"}, {"reason", "r"}, {"consent", {{"given", true}}}})->status, 404);
  EXPECT_EQ(Post("/api/v1/referrals/" + id + "/events", {{"action", "accept"}})->status, 403);
  EXPECT_EQ(Post("/api/v1/referrals/" + id + "/events", {{"action", "reopen"}})->status, 400);

  LogIn("agency2");
  EXPECT_TRUE(Json::parse(Get("/api/v1/referrals")->body)["referrals"].empty());
  EXPECT_EQ(Get("/api/v1/referrals/" + id)->status, 404);
  EXPECT_EQ(Get("/api/v1/referrals/" + id + "/slip.pdf")->status, 404);
  EXPECT_EQ(Post("/api/v1/referrals/" + id + "/events", {{"action", "acknowledge"}})->status, 404);
  EXPECT_EQ(Get("/api/v1/referrals?status=lost")->status, 400);
  // agency users never send referrals
  EXPECT_EQ(Post("/api/v1/screenings/" + screening_id_ + "/referrals", Json::object())->status, 403);

  LogIn("lawyer");
  EXPECT_EQ(Get("/api/v1/referrals/" + id)->status, 403);
}

}  // namespace
}  // namespace verbatim::testing
