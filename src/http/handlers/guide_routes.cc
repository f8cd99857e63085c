// The National Reference Guide (UN-7): read by every staff role, edited by admins, printed as PDF.
#include "http/handlers/routes.h"
#include "referral/guide_pdf.h"
#include "referral/guide_service.h"

namespace verbatim::http {

void AddGuideRoutes(Router& router, Services& s) {
  using auth::Role;
  const Access staff = Access::Roles({Role::kAdmin, Role::kOfficer, Role::kSupervisor,
                                      Role::kBorderOfficer, Role::kReferralAgency});
  const Access admins = Access::Roles({Role::kAdmin});

  router.Add("GET", "/api/v1/guides", staff, [&s](Context& ctx) {
    referral::GuideService guides(s.store, s.clock);
    auto list = guides.List();
    if (!list.ok()) return ctx.Fail(list.status());
    Json out = Json::array();
    for (const auto& g : *list) {
      out.push_back({{"country", g.country}, {"example", g.example}, {"maintained_by", g.maintained_by},
                     {"last_updated", g.last_updated}});
    }
    ctx.ReplyJson(200, {{"guides", out}});
  });

  router.Add("GET", "/api/v1/guides/{country}", staff, [&s](Context& ctx) {
    referral::GuideService guides(s.store, s.clock);
    auto guide = guides.Get(ctx.params["country"]);
    if (!guide.ok()) return ctx.Fail(guide.status());
    ctx.ReplyJson(200, referral::GuideToJson(*guide));
  });

  router.Add("PUT", "/api/v1/guides/{country}", admins, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    const std::string& country = ctx.params["country"];
    if (!body->contains("country")) (*body)["country"] = country;
    if ((*body)["country"] != country) {
      return ctx.Fail(InvalidArgument("The body is the guide for " + (*body)["country"].dump() +
                                      " but the path names " + country + "."));
    }
    auto guide = referral::GuideFromJson(*body, referral::LastUpdated::kSetBySaving);
    if (!guide.ok()) return ctx.Fail(guide.status());
    referral::GuideService guides(s.store, s.clock);
    auto saved = guides.Save(ctx.principal(), std::move(*guide));
    if (!saved.ok()) return ctx.Fail(saved.status());
    ctx.ReplyJson(200, referral::GuideToJson(*saved));
  });

  router.Add("GET", "/api/v1/guides/{country}/pdf", staff, [&s](Context& ctx) {
    referral::GuideService guides(s.store, s.clock);
    auto guide = guides.Get(ctx.params["country"]);
    if (!guide.ok()) return ctx.Fail(guide.status());
    auto pdf = referral::RenderGuidePdf(*guide);
    if (!pdf.ok()) return ctx.Fail(pdf.status());
    ctx.res.set_header("Content-Disposition",
                       "inline; filename=\"reference-guide-" + guide->country + ".pdf\"");
    ctx.res.set_content(std::move(*pdf), "application/pdf");
  });
}

}  // namespace verbatim::http
