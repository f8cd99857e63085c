// Users and their agencies: the administrator's routes (issue 5, UN-6/UN-7). Every route is admin
// only; every change is audited by the function it calls (user.create, user.lock, user.unlock,
// agency.assign).
#include <map>
#include <string_view>

#include "auth/password.h"
#include "auth/user_admin.h"
#include "http/handlers/routes.h"
#include "referral/referral_service.h"
#include "store/referral_table.h"
#include "store/user_table.h"

namespace verbatim::http {
namespace {

/// The agency each referral_agency user acts for (UN-6: they see only its referrals).
Result<std::map<std::string, std::string>> AgencyMemberships(
    store::Store& store, const std::vector<store::UserRecord>& users) {
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
  std::map<std::string, std::string> agencies;
  for (const auto& u : users) {
    if (u.role != "referral_agency") continue;
    VB_ASSIGN_OR_RETURN(auto agency, store::FindAgencyOfUser(*txn, u.username));
    if (agency) agencies[u.username] = *agency;
  }
  return agencies;
}

/// A user as the API shows it. `locked_reason` keeps an administrator's lock ("admin") apart from
/// the automatic lockout after failed logins ("failed_logins"), which ends by itself.
Json UserJson(const store::UserRecord& u, const std::map<std::string, std::string>& agencies,
              std::int64_t now) {
  Json reason = nullptr;
  if (u.disabled) {
    reason = "admin";
  } else if (u.locked_until && *u.locked_until > now) {
    reason = "failed_logins";
  }
  Json agency = nullptr;
  if (auto it = agencies.find(u.username); it != agencies.end()) agency = it->second;
  return {
      {"username", u.username},      {"role", u.role},
      {"locked", !reason.is_null()}, {"locked_reason", reason},
      {"agency_id", agency},         {"created_at", FormatRfc3339(FromUnixMicros(u.created_at))}};
}

/// Every user, or only `username` (empty: all).
Result<Json> UsersJson(Services& s, const std::string& username = "") {
  VB_ASSIGN_OR_RETURN(auto users, auth::ListUsers(s.store));
  if (!username.empty())
    std::erase_if(users, [&](const auto& u) { return u.username != username; });
  VB_ASSIGN_OR_RETURN(auto agencies, AgencyMemberships(s.store, users));
  const std::int64_t now = ToUnixMicros(s.clock.Now());
  Json list = Json::array();
  for (const auto& u : users) list.push_back(UserJson(u, agencies, now));
  return list;
}

}  // namespace

void AddUserRoutes(Router& router, Services& s) {
  const Access admin = Access::Roles({auth::Role::kAdmin});

  router.Add("GET", "/api/v1/users", admin, [&s](Context& ctx) {
    auto users = UsersJson(s);
    if (!users.ok()) return ctx.Fail(users.status());
    ctx.ReplyJson(200, {{"users", *users}});
  });

  router.Add("POST", "/api/v1/users", admin, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto username = StringField(*body, "username", "username");
    auto role_name = StringField(*body, "role", "role");
    auto password = StringField(*body, "password", "password");
    for (const auto* r : {&username, &role_name, &password}) {
      if (!r->ok()) return ctx.Fail(r->status());
    }
    // Every field's problem at once, named, so the form can show each at its field.
    Json errors = Json::array();
    auto check = [&errors](const char* field, const Status& status) {
      if (!status.ok()) errors.push_back({{"field", field}, {"message", status.message()}});
    };
    check("username", auth::CheckUsername(*username));
    const auto role = auth::ParseRole(*role_name);
    if (!role) {
      check("role", InvalidArgument("'" + *role_name +
                                    "' is not a role; use admin, officer, supervisor, "
                                    "border_officer, referral_agency, lawyer or applicant."));
    }
    check("password", auth::CheckPasswordPolicy(*password));
    if (!errors.empty()) {
      std::string detail = errors[0]["message"];
      if (errors.size() > 1)
        detail += " (and " + std::to_string(errors.size() - 1) + " more; see errors)";
      return ctx.ReplyProblem({400, "", detail, errors});
    }
    auto id = auth::CreateUser(s.store, s.clock, ctx.principal(), *username, *role, *password);
    if (!id.ok() && id.status().code() == ErrorCode::kAlreadyExists) {
      const std::string message = id.status().message();
      Json errors_of_name = Json::array();
      errors_of_name.push_back({{"field", "username"}, {"message", message}});
      return ctx.ReplyProblem({409, "", message, errors_of_name});
    }
    if (!id.ok()) return ctx.Fail(id.status());
    ctx.ReplyJson(201, {{"username", *username}, {"role", *role_name}});
  });

  // An administrator's lock ends the user's sessions at once; nobody locks their own account.
  for (const char* step : {"lock", "unlock"}) {
    const bool lock = std::string_view(step) == "lock";
    router.Add(
        "POST", std::string("/api/v1/users/{username}/") + step, admin, [&s, lock](Context& ctx) {
          const std::string& username = ctx.params["username"];
          const Status done = lock ? auth::LockUser(s.store, s.clock, ctx.principal(), username)
                                   : auth::UnlockUser(s.store, s.clock, ctx.principal(), username);
          if (!done.ok()) return ctx.Fail(done);
          ctx.res.status = 204;
        });
  }

  // UN-6: a referral_agency user sees only the referrals addressed to the agency they act for.
  router.Add("PUT", "/api/v1/users/{username}/agency", admin, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    auto agency_id = StringField(*body, "agency_id", "agency_id");
    if (!agency_id.ok()) return ctx.Fail(agency_id.status());
    if (agency_id->empty()) {
      return ctx.Fail(
          InvalidArgument("'agency_id' is required: the id of an agency of a reference "
                          "guide, e.g. \"kz-example-asylum\"."));
    }
    const std::string& username = ctx.params["username"];
    auto existing = UsersJson(s, username);
    if (!existing.ok()) return ctx.Fail(existing.status());
    if (existing->empty()) return ctx.Fail(NotFound("There is no user '" + username + "'."));
    referral::ReferralService referrals(s.store, s.clock);
    const Status done = referrals.AssignAgency(ctx.principal(), username, *agency_id);
    // The user exists, so a NotFound here is the agency: a bad value in the body, not a missing
    // resource.
    if (done.code() == ErrorCode::kNotFound) return ctx.Fail(InvalidArgument(done.message()));
    if (!done.ok()) return ctx.Fail(done);
    auto updated = UsersJson(s, username);
    if (!updated.ok()) return ctx.Fail(updated.status());
    if (updated->empty()) return ctx.Fail(NotFound("There is no user '" + username + "'."));
    ctx.ReplyJson(200, (*updated)[0]);
  });
}

}  // namespace verbatim::http
