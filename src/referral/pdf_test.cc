// The printed guide and the referral slip, read back with poppler as a reader would (UN-7).
#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "referral/example_guides.h"
#include "referral/guide_pdf.h"
#include "referral/referral_slip_pdf.h"

namespace verbatim::referral {
namespace {

// The text of each page, white space collapsed (line breaks fall where the layout puts them).
std::vector<std::string> PagesOf(const std::string& bytes) {
  std::vector<std::string> pages;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (doc == nullptr) return pages;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    const poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
    static const std::regex kSpace("\\s+");
    pages.push_back(std::regex_replace(std::string(utf8.begin(), utf8.end()), kSpace, " "));
  }
  return pages;
}

Guide ExampleKz() {
  auto doc = ParseJson(ExampleGuideDocuments()[0]);
  auto g = GuideFromJson(*doc, LastUpdated::kFromDocument);
  EXPECT_TRUE(g.ok());
  return *g;
}

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST(GuidePdf, PrintsEveryCategoryWithItsContactsAndSaysExampleOnEveryPage) {
  const Guide guide = ExampleKz();
  auto bytes = RenderGuidePdf(guide);
  ASSERT_TRUE(bytes.ok()) << bytes.status().message();
  const auto pages = PagesOf(*bytes);
  ASSERT_GE(pages.size(), 1u);
  std::string all;
  for (const auto& p : pages) {
    EXPECT_TRUE(Has(p, "EXAMPLE")) << "a page without the EXAMPLE mark";
    all += p + " ";
  }
  EXPECT_TRUE(Has(all, "National Reference Guide: KZ"));
  EXPECT_TRUE(Has(all, "Last updated 2026-11-01"));
  EXPECT_TRUE(Has(all, "Kept up to date by"));
  for (const char* heading : {"Asylum authority (refugee status determination)", "Child protection",
                              "Protection of victims of trafficking", "Assistance organisations",
                              "UNHCR, the UN Refugee Agency"}) {
    EXPECT_TRUE(Has(all, heading)) << heading;
  }
  for (const Agency& a : guide.agencies) {
    EXPECT_TRUE(Has(all, a.name)) << a.name;
    EXPECT_TRUE(Has(all, a.telephone)) << a.telephone;
  }
  EXPECT_TRUE(Has(all, "Contact person A. Example, Protection Associate (invented person)"));
  EXPECT_TRUE(Has(all, "Hotline / duty officer +7 7172 00 00 02"));
  // Deterministic: the same guide gives the same bytes.
  EXPECT_EQ(*bytes, *RenderGuidePdf(guide));
}

TEST(GuidePdf, ARealGuideCarriesNoExampleMark) {
  Guide guide = ExampleKz();
  guide.example = false;
  for (auto& a : guide.agencies) a.name = "Agency " + a.id.substr(11);
  guide.maintained_by = "Ministry";
  auto bytes = RenderGuidePdf(guide);
  ASSERT_TRUE(bytes.ok());
  for (const auto& p : PagesOf(*bytes)) EXPECT_FALSE(Has(p, "EXAMPLE")) << p;
}

Referral SampleReferral() {
  Referral r;
  r.id = "0123456789abcdef0123456789abcdef";
  r.person = {"Зарина Каримова", "female", 34, "AF"};
  r.category = "anti_trafficking";
  r.agency_id = "kz-example-anti-trafficking";
  r.agency_name = "Anti-Trafficking Coordination Centre (example)";
  r.priority = "high";
  r.reason = "Answers marked + in questions 5 and 7 (UN-10).";
  r.consent = {false, "The person is a child travelling alone; protection comes first."};
  r.status = "acknowledged";
  r.acknowledge_due = "2026-11-19";
  r.sent_at = FromUnixMicros(1'795'000'000'000'000);
  r.sent_by = "border";
  r.events = {{"send", r.sent_at, "border", ""},
              {"acknowledge", r.sent_at + std::chrono::hours(2), "agency", "Case worker assigned"}};
  return r;
}

TEST(SlipPdf, NamesAgencyPersonConsentOverrideAndSteps) {
  const Guide guide = ExampleKz();
  auto bytes = RenderReferralSlipPdf(SampleReferral(), guide.First("anti_trafficking"), true);
  ASSERT_TRUE(bytes.ok()) << bytes.status().message();
  const auto pages = PagesOf(*bytes);
  ASSERT_EQ(pages.size(), 1u);
  const std::string& t = pages[0];
  EXPECT_TRUE(Has(t, "Referral slip"));
  EXPECT_TRUE(Has(t, "EXAMPLE"));
  EXPECT_TRUE(Has(t, "Зарина Каримова"));
  EXPECT_TRUE(Has(t, "Anti-Trafficking Coordination Centre (example)"));
  EXPECT_TRUE(Has(t, "+7 7172 00 00 21"));
  EXPECT_TRUE(Has(t, "Sent without the person's consent. Reason: The person is a child"));
  EXPECT_TRUE(Has(t, "acknowledge by agency: Case worker assigned"));
  EXPECT_TRUE(Has(t, "Approximate age 34"));
}

TEST(SlipPdf, SaysWhenTheGuideNoLongerListsTheAgency) {
  Referral r = SampleReferral();
  r.consent = {true, ""};
  auto bytes = RenderReferralSlipPdf(r, nullptr, false);
  ASSERT_TRUE(bytes.ok());
  const std::string t = PagesOf(*bytes)[0];
  EXPECT_TRUE(Has(t, "The reference guide no longer lists this agency."));
  EXPECT_TRUE(Has(t, "Consent Given by the person"));
  EXPECT_FALSE(Has(t, "EXAMPLE"));
}

}  // namespace
}  // namespace verbatim::referral
