#include "cases/case_service.h"

#include <chrono>
#include <cstdio>

#include "audit/audit_log.h"
#include "base/crypto.h"
#include "base/json.h"
#include "base/text.h"
#include "store/case_table.h"

namespace verbatim::cases {
namespace {

constexpr std::string_view kRelations[] = {"spouse", "partner", "child", "parent",
                                           "sibling", "other_family"};

audit::AuditEvent Event(const auth::Principal& who, std::string action, std::string object,
                        std::string outcome = "ok") {
  return {who.username, std::string(auth::RoleName(who.role)), std::move(action),
          std::move(object), who.remote, std::move(outcome)};
}

Status Deny(store::Store& store, const Clock& clock, const auth::Principal& who,
            const std::string& action, const std::string& object) {
  VB_RETURN_IF_ERROR(audit::AppendNow(store, clock, Event(who, action, object, "denied")));
  return PermissionDenied("Your role may not see case files.");
}

CaseSummary ToSummary(const store::CaseRecord& r) {
  CaseSummary s;
  s.id = r.id;
  s.case_number = r.case_number;
  s.created_at = FromUnixMicros(r.created_at);
  s.applicant.family_name = r.family_name;
  s.applicant.given_names = r.given_names;
  s.applicant.names_original_script = r.names_original_script;
  s.applicant.date_of_birth = r.date_of_birth;
  s.applicant.nationality = r.nationality;
  auto languages = ParseJson(r.languages_json);
  if (languages.ok() && languages->is_array()) {
    for (const auto& l : *languages) {
      if (l.is_string()) s.applicant.languages.push_back(l.get<std::string>());
    }
  }
  return s;
}

std::string CaseNumber(TimePoint now, std::int64_t n) {
  const auto ymd = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(now));
  char buf[32];
  std::snprintf(buf, sizeof buf, "VB-%04d-%06lld", static_cast<int>(ymd.year()),
                static_cast<long long>(n));
  return buf;
}

}  // namespace

bool IsKnownRelation(std::string_view relation) {
  for (auto r : kRelations) {
    if (r == relation) return true;
  }
  return false;
}

bool MaySeeCases(auth::Role role) {
  return role == auth::Role::kOfficer || role == auth::Role::kSupervisor;
}

Result<CreatedCase> CaseService::Create(const auth::Principal& who, const Applicant& input) {
  if (!MaySeeCases(who.role)) return Deny(store_, clock_, who, "case.create", "case:-");
  const Applicant a = Normalise(input);
  const TimePoint now = clock_.Now();
  if (auto errors = Validate(a, now); !errors.empty()) {
    std::string message = "The applicant's data is not valid:";
    for (const auto& e : errors) message += " " + e.field + ": " + e.message;
    return InvalidArgument(message);
  }
  store::CaseRecord r;
  r.id = RandomHex(16);
  r.created_at = ToUnixMicros(now);
  r.created_by = who.username;
  r.family_name = a.family_name;
  r.given_names = a.given_names;
  r.names_original_script = a.names_original_script;
  r.date_of_birth = a.date_of_birth;
  r.nationality = a.nationality;
  r.languages_json = Json(a.languages).dump();

  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(std::int64_t n, store::NextCounterValue(*txn, "case_number"));
  r.case_number = CaseNumber(now, n);
  r.search_key = FoldForSearch(r.case_number + "\n" + r.family_name + "\n" + r.given_names + "\n" +
                               r.names_original_script);
  VB_RETURN_IF_ERROR(store::InsertCase(*txn, r));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_, Event(who, "case.create", "case:" + r.id)));
  VB_RETURN_IF_ERROR(txn->Commit());
  return CreatedCase{r.id, r.case_number};
}

Result<CaseDetail> CaseService::Get(const auth::Principal& who, const std::string& id) {
  if (!MaySeeCases(who.role)) return Deny(store_, clock_, who, "case.read", "case:" + id);
  CaseDetail detail;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(auto record, store::FindCase(*txn, id));
    if (!record) return NotFound("There is no case with the id '" + id + "'.");
    detail.summary = ToSummary(*record);
    VB_ASSIGN_OR_RETURN(auto links, store::ListCaseLinks(*txn, id));
    for (const auto& l : links) detail.links.push_back({l.related_case_id, l.related_case_number, l.relation});
  }
  // Reads of personal data are audited too; the read is answered only once it is recorded.
  VB_RETURN_IF_ERROR(audit::AppendNow(store_, clock_, Event(who, "case.read", "case:" + id)));
  return detail;
}

Result<std::vector<CaseSummary>> CaseService::Search(const auth::Principal& who,
                                                     const std::string& query, int limit) {
  // The query is not audited: it may itself be a name.
  if (!MaySeeCases(who.role)) return Deny(store_, clock_, who, "case.search", "cases");
  if (!IsValidUtf8(query)) return InvalidArgument("The search text is not valid UTF-8.");
  std::vector<CaseSummary> cases;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(auto records,
                        store::SearchCases(*txn, FoldForSearch(Trim(query)), std::clamp(limit, 1, 200)));
    for (const auto& r : records) cases.push_back(ToSummary(r));
  }
  VB_RETURN_IF_ERROR(audit::AppendNow(
      store_, clock_,
      Event(who, "case.search", "cases:" + std::to_string(cases.size()) + "-results")));
  return cases;
}

Status CaseService::Link(const auth::Principal& who, const std::string& case_id,
                         const std::string& related_id, const std::string& relation) {
  if (!MaySeeCases(who.role)) return Deny(store_, clock_, who, "case.link", "case:" + case_id);
  if (!IsKnownRelation(relation)) {
    return InvalidArgument("'" + relation +
                           "' is not a relation; use spouse, partner, child, parent, sibling or "
                           "other_family.");
  }
  if (case_id == related_id) return InvalidArgument("A case cannot be linked to itself.");
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  for (const auto& id : {case_id, related_id}) {
    VB_ASSIGN_OR_RETURN(auto found, store::FindCase(*txn, id));
    if (!found) return NotFound("There is no case with the id '" + id + "'.");
  }
  const std::int64_t now = ToUnixMicros(clock_.Now());
  // The reverse link records the same family tie seen from the other case.
  const std::string reverse = relation == "child" ? "parent" : relation == "parent" ? "child" : relation;
  Status s = store::InsertCaseLink(*txn, {case_id, related_id, "", relation}, now);
  if (s.code() == ErrorCode::kAlreadyExists) return AlreadyExists("These cases are linked already.");
  VB_RETURN_IF_ERROR(s);
  VB_RETURN_IF_ERROR(store::InsertCaseLink(*txn, {related_id, case_id, "", reverse}, now));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                   Event(who, "case.link", "case:" + case_id + ",case:" + related_id)));
  return txn->Commit();
}

}  // namespace verbatim::cases
