#include "referral/referral_slip_pdf.h"

#include "referral/categories.h"
#include "referral/pdf_parts.h"

namespace verbatim::referral {
namespace {

std::string Minute(TimePoint t) {
  const std::string s = FormatRfc3339(t);  // 2026-11-18T09:30:00.000Z
  return s.substr(0, 10) + " " + s.substr(11, 5) + " UTC";
}

}  // namespace

Result<std::string> RenderReferralSlipPdf(const Referral& r, const Agency* agency, bool example) {
  VB_ASSIGN_OR_RETURN(auto flow, report::PdfFlow::Create(
                                     {"Referral slip " + r.id, "Verbatim",
                                      FormatRfc3339(r.sent_at).substr(0, 19) + "Z"}));
  if (example) {
    VB_RETURN_IF_ERROR(flow->Add(BannerRow(
        "EXAMPLE. The receiving agency comes from an example reference guide with invented "
        "contact details.")));
  }
  VB_RETURN_IF_ERROR(flow->Add(TitleRow("Referral slip")));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Referral", r.id)));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Sent", Minute(r.sent_at) + " by " + r.sent_by)));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Status", r.status)));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Acknowledgement due", r.acknowledge_due)));

  VB_RETURN_IF_ERROR(flow->Add(HeadingRow("To")));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Category", CategoryTitle(r.category))));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Agency", r.agency_name)));
  if (agency != nullptr) {
    if (!agency->unit.empty()) VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Department / unit", agency->unit)));
    if (!agency->contact_person.empty()) {
      VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Contact person", agency->contact_person)));
    }
    VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Telephone / e-mail", agency->telephone)));
    if (!agency->hotline.empty()) {
      VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Hotline / duty officer", agency->hotline)));
    }
    VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Address", agency->address)));
    if (!agency->working_hours.empty()) {
      VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Working hours", agency->working_hours)));
    }
  } else {
    VB_RETURN_IF_ERROR(flow->Add(TextRow("The reference guide no longer lists this agency.", report::kMuted)));
  }

  VB_RETURN_IF_ERROR(flow->Add(HeadingRow("Person referred")));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Name", r.person.name)));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Sex", r.person.sex)));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow(
      "Approximate age", r.person.approximate_age ? std::to_string(*r.person.approximate_age) : "")));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Nationality", r.person.nationality)));

  VB_RETURN_IF_ERROR(flow->Add(HeadingRow("Referral")));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Priority", r.priority)));
  VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Reason", r.reason)));
  if (r.consent.given) {
    VB_RETURN_IF_ERROR(flow->Add(KeyValueRow("Consent", "Given by the person")));
  } else {
    VB_RETURN_IF_ERROR(flow->Add(BannerRow("Sent without the person's consent. Reason: " +
                                           r.consent.override_reason)));
  }

  VB_RETURN_IF_ERROR(flow->Add(HeadingRow("Steps")));
  for (const ReferralEvent& e : r.events) {
    std::string line = Minute(e.at) + "  " + e.action + " by " + e.by;
    if (!e.note.empty()) line += ": " + e.note;
    VB_RETURN_IF_ERROR(flow->Add(TextRow(line)));
  }
  const std::string left = "Referral slip " + r.id.substr(0, 8);
  const std::string note = example ? std::string(kExampleFooter) : "";
  return flow->Finish([&](int page, int pages) {
    return report::PageFooter{left, "Page " + std::to_string(page) + " of " + std::to_string(pages),
                              note};
  });
}

}  // namespace verbatim::referral
