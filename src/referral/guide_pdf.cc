#include "referral/guide_pdf.h"

#include "referral/categories.h"
#include "referral/pdf_parts.h"

namespace verbatim::referral {

Result<std::string> RenderGuidePdf(const Guide& guide) {
  const std::string title = "National reference guide for the referral of asylum seekers, "
                            "refugees and other persons in need of international protection";
  VB_ASSIGN_OR_RETURN(auto flow, report::PdfFlow::Create({title + " (" + guide.country + ")",
                                                          "Verbatim", guide.last_updated + "T00:00:00Z"}));
  if (guide.example) {
    VB_RETURN_IF_ERROR(flow->Add(BannerRow(
        "EXAMPLE. Every agency, address, telephone number and person in this guide is invented "
        "to show the format. Do not use it to refer anyone.")));
  }
  VB_RETURN_IF_ERROR(flow->Add(TitleRow("National Reference Guide: " + guide.country)));
  VB_RETURN_IF_ERROR(flow->Add(TextRow(title, report::kMuted)));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Kept up to date by", guide.maintained_by)));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Last updated", guide.last_updated)));

  for (std::string_view category : Categories()) {
    bool any = false;
    for (const Agency& a : guide.agencies) {
      if (a.category != category) continue;
      if (!any) VB_RETURN_IF_ERROR(flow->Add(HeadingRow(CategoryTitle(category))));
      any = true;
      report::Row name = KeyValueRow("Name", a.name);
      name.space_before = 9;
      name.cells[1].text = report::RichText(a.name, report::kBold);
      VB_RETURN_IF_ERROR(flow->Add(name));
      VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Services", a.services)));
      if (!a.unit.empty()) VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Department / unit", a.unit)));
      if (category == "unhcr" || !a.contact_person.empty()) {
        VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Contact person", a.contact_person)));
      }
      VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Telephone / e-mail", a.telephone)));
      VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Address", a.address)));
      if (!a.working_hours.empty()) {
        VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Working hours", a.working_hours)));
      }
      if (!a.hotline.empty()) {
        VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Hotline / duty officer", a.hotline)));
      }
      VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Reference", a.id)));
    }
  }
  const std::string left = "National Reference Guide " + guide.country + "  ·  last updated " +
                           guide.last_updated;
  const std::string note = guide.example ? std::string(kExampleFooter) : "";
  return flow->Finish([&](int page, int pages) {
    return report::PageFooter{left, "Page " + std::to_string(page) + " of " + std::to_string(pages),
                              note};
  });
}

}  // namespace verbatim::referral
