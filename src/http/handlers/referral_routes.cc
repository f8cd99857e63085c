// Referrals and their lifecycle (UN-6): sent by the border service, acted on by the receiving
// agency. A referral the caller may not see answers 404, so its existence does not leak.
#include "http/handlers/routes.h"
#include "referral/referral_service.h"

namespace verbatim::http {
namespace {

Result<referral::NewReferral> NewReferralFrom(const Json& body, const std::string& screening_id) {
  referral::NewReferral n;
  n.screening_id = screening_id;
  VB_ASSIGN_OR_RETURN(n.category, StringField(body, "category", "category"));
  VB_ASSIGN_OR_RETURN(n.agency_id, StringField(body, "agency_id", "agency_id"));
  VB_ASSIGN_OR_RETURN(n.priority, StringField(body, "priority", "priority"));
  VB_ASSIGN_OR_RETURN(n.reason, StringField(body, "reason", "reason"));
  if (auto c = body.find("consent"); c != body.end() && !c->is_null()) {
    if (!c->is_object() || !c->contains("given") || !(*c)["given"].is_boolean()) {
      return InvalidArgument("'consent' must be {\"given\": true|false, \"override_reason\": \"…\"}.");
    }
    referral::Consent consent;
    consent.given = (*c)["given"].get<bool>();
    VB_ASSIGN_OR_RETURN(consent.override_reason,
                        StringField(*c, "override_reason", "consent.override_reason"));
    n.consent = consent;
  }
  return n;
}

}  // namespace

void AddReferralRoutes(Router& router, Services& s) {
  using auth::Role;
  const Access senders = Access::Roles({Role::kBorderOfficer, Role::kSupervisor});
  const Access involved = Access::Roles({Role::kBorderOfficer, Role::kSupervisor, Role::kReferralAgency});

  router.Add("POST", "/api/v1/screenings/{id}/referrals", senders, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto n = NewReferralFrom(*body, ctx.params["id"]);
    if (!n.ok()) return ctx.Fail(n.status());
    referral::ReferralService referrals(s.store, s.clock);
    auto sent = referrals.Send(ctx.principal(), *n);
    if (!sent.ok()) return ctx.Fail(sent.status());
    ctx.res.set_header("Location", "/api/v1/referrals/" + sent->id);
    ctx.ReplyJson(201, referral::ReferralToJson(*sent));
  });

  router.Add("GET", "/api/v1/referrals", involved, [&s](Context& ctx) {
    referral::ReferralService referrals(s.store, s.clock);
    auto list = referrals.List(ctx.principal(), ctx.Query("status"));
    if (!list.ok()) return ctx.Fail(list.status());
    Json out = Json::array();
    for (const auto& r : *list) {
      Json j = referral::ReferralToJson(r);
      j.erase("events");
      out.push_back(std::move(j));
    }
    ctx.ReplyJson(200, {{"referrals", out}});
  });

  router.Add("GET", "/api/v1/referrals/{id}", involved, [&s](Context& ctx) {
    referral::ReferralService referrals(s.store, s.clock);
    auto r = referrals.Get(ctx.principal(), ctx.params["id"]);
    if (!r.ok()) return ctx.Fail(r.status());
    ctx.ReplyJson(200, referral::ReferralToJson(*r));
  });

  router.Add("POST", "/api/v1/referrals/{id}/events", involved, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto action_name = StringField(*body, "action", "action");
    if (!action_name.ok()) return ctx.Fail(action_name.status());
    auto action = referral::ParseAction(*action_name);
    if (!action) {
      return ctx.Fail(InvalidArgument("'action' must be one of acknowledge, accept, decline, close."));
    }
    auto note = StringField(*body, "note", "note");
    if (!note.ok()) return ctx.Fail(note.status());
    referral::ReferralService referrals(s.store, s.clock);
    auto r = referrals.Act(ctx.principal(), ctx.params["id"], *action, *note);
    if (!r.ok()) return ctx.Fail(r.status());
    ctx.ReplyJson(200, referral::ReferralToJson(*r));
  });

  router.Add("GET", "/api/v1/referrals/{id}/slip.pdf", involved, [&s](Context& ctx) {
    referral::ReferralService referrals(s.store, s.clock);
    auto pdf = referrals.Slip(ctx.principal(), ctx.params["id"]);
    if (!pdf.ok()) return ctx.Fail(pdf.status());
    ctx.res.set_header("Content-Disposition",
                       "inline; filename=\"referral-" + ctx.params["id"].substr(0, 8) + ".pdf\"");
    ctx.res.set_content(std::move(*pdf), "application/pdf");
  });
}

}  // namespace verbatim::http
