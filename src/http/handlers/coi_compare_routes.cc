// Statements beside the sources (issue 6, AS-5): POST /api/v1/coi/compare sets what an applicant
// said beside the COI passages on the same places, actors and time. It shows sources only: no
// score of the applicant, no verdict; the officer judges.
#include "audit/audit_log.h"
#include "coi/compare.h"
#include "coi/compare_json.h"
#include "http/handlers/routes.h"

namespace verbatim::http {
namespace {

constexpr std::size_t kMaxTextBytes = 20000;

// {"interview_id","entry_id"}: the entry's text, read through the interview service, which
// checks that the user may see the interview and audits the read; the comparison is audited too.
Result<std::string> EntryText(Services& s, const auth::Principal& who, const Json& body) {
  VB_ASSIGN_OR_RETURN(std::string interview_id, StringField(body, "interview_id", "interview_id"));
  const auto entry = body.find("entry_id");
  if (entry == body.end() || !entry->is_number_integer() || entry->get<long long>() < 1) {
    return InvalidArgument("'entry_id' must be the seq (1 or more) of the entry to compare.");
  }
  const std::int64_t seq = entry->get<std::int64_t>();
  VB_ASSIGN_OR_RETURN(auto record, s.interviews.Record(who, interview_id));
  for (const auto& e : record.entries) {
    if (e.seq != seq) continue;
    if (e.text.empty()) {
      return InvalidArgument("Entry " + std::to_string(seq) +
                             " has no text to set beside the sources.");
    }
    VB_RETURN_IF_ERROR(audit::AppendNow(
        s.store, s.clock,
        {who.username, std::string(auth::RoleName(who.role)), "coi.compare",
         "interview:" + interview_id + "#" + std::to_string(seq), who.remote, "ok"}));
    return e.text;
  }
  return NotFound("The interview has no entry " + std::to_string(seq) + ".");
}

}  // namespace

void AddCoiCompareRoutes(Router& router, Services& s) {
  const Access officers = Access::Roles({auth::Role::kOfficer, auth::Role::kSupervisor});

  router.Add("POST", "/api/v1/coi/compare", officers, [&s](Context& ctx) {
    auto body = ctx.BodyObject();
    if (!body.ok()) return ctx.Fail(body.status());
    const bool typed = body->contains("text");
    if (typed == body->contains("interview_id")) {
      return ctx.Fail(InvalidArgument(
          "Send either 'text' or 'interview_id' with 'entry_id': the words to set beside the "
          "sources."));
    }
    coi::CompareOptions options;
    options.today = std::chrono::floor<std::chrono::days>(s.clock.Now());
    if (auto limit = body->find("limit"); limit != body->end()) {
      if (!limit->is_number_integer() || limit->get<long long>() < 1 ||
          limit->get<long long>() > 20) {
        return ctx.Fail(
            InvalidArgument("'limit' must be a whole number of passages from 1 to 20."));
      }
      options.passages_per_statement = limit->get<int>();
    }
    std::string text;
    if (typed) {
      auto value = StringField(*body, "text", "text");
      if (!value.ok()) return ctx.Fail(value.status());
      text = std::move(*value);
    } else {
      auto value = EntryText(s, ctx.principal(), *body);
      if (!value.ok()) return ctx.Fail(value.status());
      text = std::move(*value);
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      return ctx.Fail(InvalidArgument("'text' is empty: type or choose what the applicant said."));
    }
    if (text.size() > kMaxTextBytes) {
      return ctx.Fail(
          InvalidArgument("The text is longer than 20,000 bytes; compare one answer "
                          "at a time."));
    }
    auto compared = coi::CompareText(s.store, text, options);
    if (!compared.ok()) return ctx.Fail(compared.status());
    ctx.ReplyJson(200, coi::ComparisonsToJson(*compared));
  });
}

}  // namespace verbatim::http
