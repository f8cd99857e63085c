#include "screening/screening_service.h"

#include <algorithm>

#include "audit/audit_log.h"
#include "base/crypto.h"
#include "base/text.h"
#include "screening/result.h"
#include "screening/form_registry.h"

namespace verbatim::screening {
namespace {

audit::AuditEvent Event(const auth::Principal& who, std::string action, std::string object,
                        std::string outcome = "ok") {
  return {who.username,      std::string(auth::RoleName(who.role)),
          std::move(action), std::move(object),
          who.remote,        std::move(outcome)};
}

bool IsCountryCode(const std::string& s) {
  return s.size() == 2 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

Status CheckText(const std::string& value, const std::string& path, size_t max_bytes) {
  if (!IsValidUtf8(value)) return InvalidArgument(path + ": not valid UTF-8 text.");
  if (value.size() > max_bytes) {
    return InvalidArgument(path + ": longer than " + std::to_string(max_bytes) + " bytes.");
  }
  return Status::Ok();
}

bool IsKnownDecision(const std::string& kind) {
  return std::any_of(std::begin(kDecisionKinds), std::end(kDecisionKinds),
                     [&](const char* k) { return kind == k; });
}

}  // namespace

bool MayRecordScreenings(auth::Role role) {
  return role == auth::Role::kBorderOfficer || role == auth::Role::kSupervisor ||
         role == auth::Role::kAdmin;
}

bool MayReadScreenings(auth::Role role) {
  return MayRecordScreenings(role) || role == auth::Role::kOfficer;
}

Result<Person> PersonFromJson(const Json& json) {
  if (!json.is_object()) return InvalidArgument("person: expected an object.");
  Person p;
  auto text = [&](const char* name, std::string* out) -> Status {
    const auto it = json.find(name);
    if (it == json.end() || it->is_null()) return Status::Ok();
    if (!it->is_string())
      return InvalidArgument(std::string("person.") + name + ": expected text.");
    *out = Trim(it->get<std::string>());
    return CheckText(*out, std::string("person.") + name, 500);
  };
  VB_RETURN_IF_ERROR(text("name", &p.name));
  VB_RETURN_IF_ERROR(text("sex", &p.sex));
  VB_RETURN_IF_ERROR(text("nationality", &p.nationality));
  VB_RETURN_IF_ERROR(text("language", &p.language));
  if (p.name.empty()) {
    return InvalidArgument("person.name: required (write \"unknown\" if the person gives none).");
  }
  if (p.sex.empty()) p.sex = "unknown";
  if (p.sex != "female" && p.sex != "male" && p.sex != "other" && p.sex != "unknown") {
    return InvalidArgument("person.sex: use female, male, other or unknown.");
  }
  if (!p.nationality.empty() && !IsCountryCode(p.nationality)) {
    return InvalidArgument("person.nationality: an ISO 3166 alpha-2 code such as \"AF\".");
  }
  const auto age = json.find("approximate_age");
  if (age != json.end() && !age->is_null()) {
    if (!age->is_number_integer() || age->get<int64_t>() < 0 || age->get<int64_t>() > 130) {
      return InvalidArgument("person.approximate_age: a whole number of years from 0 to 130.");
    }
    p.approximate_age = age->get<int>();
  }
  return p;
}

Result<Screening> ScreeningService::Create(const auth::Principal& who, const NewScreening& input,
                                           const AgencyDirectory* directory) {
  if (!MayRecordScreenings(who.role)) {
    VB_RETURN_IF_ERROR(
        audit::AppendNow(store_, clock_, Event(who, "screening.create", "screening:-", "denied")));
    return PermissionDenied("Your role may not record screenings.");
  }
  if (!input.country.empty() && !IsCountryCode(input.country)) {
    return InvalidArgument("country: an ISO 3166 alpha-2 code such as \"KZ\".");
  }
  VB_RETURN_IF_ERROR(CheckText(input.location, "location", 500));
  if (!input.answers.is_object()) {
    return InvalidArgument("answers: expected an object from question name to answer.");
  }
  VB_ASSIGN_OR_RETURN(Form form, FormRegistry(store_).Find(input.form_id));
  VB_ASSIGN_OR_RETURN(ScreeningResult result, Screen(form, input.answers, directory));

  store::ScreeningRecord r;
  r.id = RandomHex(16);
  r.form_id = input.form_id;
  r.country = input.country;
  r.location = input.location;
  r.person_name = input.person.name;
  r.person_sex = input.person.sex;
  if (input.person.approximate_age) r.person_age = *input.person.approximate_age;
  r.person_nationality = input.person.nationality;
  r.person_language = input.person.language;
  r.answers_json = input.answers.dump();
  r.result_json = ResultToJson(result).dump();
  // UN-4: from the moment fear is expressed (or a '*' answer given) non-refoulement applies.
  r.non_refoulement = result.non_refoulement;
  r.search_key = FoldForSearch(r.person_name + "\n" + r.person_nationality + "\n" + r.location);
  r.created_at = ToUnixMicros(clock_.Now());
  r.created_by = who.username;

  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_RETURN_IF_ERROR(store::InsertScreening(*txn, r));
  VB_RETURN_IF_ERROR(
      audit::Append(*txn, clock_, Event(who, "screening.create", "screening:" + r.id)));
  VB_RETURN_IF_ERROR(txn->Commit());
  return Screening{std::move(r), {}};
}

Result<Screening> ScreeningService::Load(const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto record, store::FindScreening(*txn, id));
  if (!record) return NotFound("There is no screening with the id '" + id + "'.");
  VB_ASSIGN_OR_RETURN(auto decisions, store::ListScreeningDecisions(*txn, id));
  return Screening{std::move(*record), std::move(decisions)};
}

Result<Screening> ScreeningService::Get(const auth::Principal& who, const std::string& id) {
  if (!MayReadScreenings(who.role)) {
    VB_RETURN_IF_ERROR(audit::AppendNow(store_, clock_,
                                        Event(who, "screening.read", "screening:" + id, "denied")));
    return PermissionDenied("Your role may not see screenings.");
  }
  VB_ASSIGN_OR_RETURN(Screening screening, Load(id));
  // The read is answered only once it is recorded.
  VB_RETURN_IF_ERROR(
      audit::AppendNow(store_, clock_, Event(who, "screening.read", "screening:" + id)));
  return screening;
}

Result<std::vector<Screening>> ScreeningService::Search(const auth::Principal& who,
                                                        const std::string& query, int limit) {
  if (!MayReadScreenings(who.role)) {
    VB_RETURN_IF_ERROR(
        audit::AppendNow(store_, clock_, Event(who, "screening.search", "screenings", "denied")));
    return PermissionDenied("Your role may not see screenings.");
  }
  if (!IsValidUtf8(query)) return InvalidArgument("q: the search text is not valid UTF-8.");
  std::vector<Screening> out;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(auto records, store::SearchScreenings(*txn, FoldForSearch(Trim(query)),
                                                              std::clamp(limit, 1, 200)));
    for (auto& r : records) out.push_back({std::move(r), {}});
  }
  VB_RETURN_IF_ERROR(audit::AppendNow(
      store_, clock_,
      Event(who, "screening.search", "screenings:" + std::to_string(out.size()) + "-results")));
  return out;
}

Result<Screening> ScreeningService::ConfirmFear(const auth::Principal& who, const std::string& id,
                                                bool confirmed) {
  const std::string object = "screening:" + id;
  if (!MayRecordScreenings(who.role)) {
    VB_RETURN_IF_ERROR(
        audit::AppendNow(store_, clock_, Event(who, "screening.fear", object, "denied")));
    return PermissionDenied("Your role may not record screenings.");
  }
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
    VB_ASSIGN_OR_RETURN(auto record, store::LockScreening(*txn, store_.dialect(), id));
    if (!record) return NotFound("There is no screening with the id '" + id + "'.");
    const auto result = ParseJson(record->result_json);
    if (!result.ok() || !result->contains("fear_expressions") ||
        (*result)["fear_expressions"].empty()) {
      return FailedPrecondition(
          "No fear phrase was matched in this person's statement, so there is nothing to confirm; "
          "record what the person says in the statement instead.");
    }
    VB_RETURN_IF_ERROR(store::SetScreeningFearConfirmed(*txn, id, confirmed,
                                                        ToUnixMicros(clock_.Now()), who.username));
    VB_RETURN_IF_ERROR(audit::Append(
        *txn, clock_,
        Event(who, confirmed ? "screening.fear.confirm" : "screening.fear.dismiss", object)));
    VB_RETURN_IF_ERROR(txn->Commit());
  }
  return Load(id);
}

Result<store::ScreeningDecisionRecord> ScreeningService::Decide(const auth::Principal& who,
                                                                const std::string& id,
                                                                const std::string& kind,
                                                                const std::string& note) {
  const std::string object = "screening:" + id;
  if (!MayRecordScreenings(who.role)) {
    VB_RETURN_IF_ERROR(
        audit::AppendNow(store_, clock_, Event(who, "screening.decide", object, "denied")));
    return PermissionDenied("Your role may not record decisions on screenings.");
  }
  if (!IsKnownDecision(kind)) {
    return InvalidArgument("kind: '" + kind +
                           "' is not a decision; use return, refusal_of_entry, admission, "
                           "asylum_procedure or referral_only.");
  }
  VB_RETURN_IF_ERROR(CheckText(note, "note", 10000));
  store::ScreeningDecisionRecord d{RandomHex(16), id, kind, note, ToUnixMicros(clock_.Now()),
                                   who.username};
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto record, store::LockScreening(*txn, store_.dialect(), id));
  if (!record) return NotFound("There is no screening with the id '" + id + "'.");
  if (record->non_refoulement && (kind == "return" || kind == "refusal_of_entry")) {
    txn.reset();  // nothing of the decision is written
    VB_RETURN_IF_ERROR(audit::AppendNow(store_, clock_,
                                        Event(who, "screening.decide." + kind, object, "refused")));
    return FailedPrecondition(
        "This person expressed fear of return / is a potential asylum seeker; non-refoulement "
        "(UN-4) forbids a " +
        std::string(kind == "return" ? "return" : "refusal of entry") +
        ". Refer the person to the asylum authority (UN-6).");
  }
  VB_RETURN_IF_ERROR(store::InsertScreeningDecision(*txn, d));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_, Event(who, "screening.decide." + kind, object)));
  VB_RETURN_IF_ERROR(txn->Commit());
  return d;
}

Json DecisionToJson(const store::ScreeningDecisionRecord& d) {
  return {{"id", d.id},
          {"kind", d.kind},
          {"note", d.note},
          {"decided_at", FormatRfc3339(FromUnixMicros(d.decided_at))},
          {"decided_by", d.decided_by}};
}

namespace {

Json PersonToJson(const store::ScreeningRecord& r) {
  return {{"name", r.person_name},
          {"sex", r.person_sex},
          {"approximate_age", r.person_age ? Json(*r.person_age) : Json(nullptr)},
          {"nationality", r.person_nationality},
          {"language", r.person_language}};
}

Json StoredJson(const std::string& text) {
  auto parsed = ParseJson(text);
  return parsed.ok() ? std::move(parsed).value() : Json(nullptr);
}

}  // namespace

Json ScreeningToJson(const Screening& s) {
  const auto& r = s.record;
  Json decisions = Json::array();
  for (const auto& d : s.decisions) decisions.push_back(DecisionToJson(d));
  return {
      {"id", r.id},
      {"form", r.form_id},
      {"country", r.country},
      {"location", r.location},
      {"person", PersonToJson(r)},
      {"answers", StoredJson(r.answers_json)},
      {"result", StoredJson(r.result_json)},
      {"fear_confirmed", r.fear_confirmed ? Json(*r.fear_confirmed) : Json(nullptr)},
      {"fear_decided_by", r.fear_decided_by.empty() ? Json(nullptr) : Json(r.fear_decided_by)},
      {"fear_decided_at",
       r.fear_decided_at ? Json(FormatRfc3339(FromUnixMicros(*r.fear_decided_at))) : Json(nullptr)},
      {"created_at", FormatRfc3339(FromUnixMicros(r.created_at))},
      {"created_by", r.created_by},
      {"decisions", decisions}};
}

Json ScreeningSummaryToJson(const Screening& s) {
  const Json result = StoredJson(s.record.result_json);
  Json flags = Json::object();
  for (const char* key :
       {"potential_asylum_seeker", "potential_trafficking_victim", "priority", "non_refoulement"}) {
    flags[key] = result.is_object() && result.contains(key) ? result[key] : Json(nullptr);
  }
  // The stored column is authoritative for non-refoulement: it never goes back (UN-4).
  flags["non_refoulement"] = s.record.non_refoulement;
  return {{"id", s.record.id},
          {"person", PersonToJson(s.record)},
          {"created_at", FormatRfc3339(FromUnixMicros(s.record.created_at))},
          {"result", flags}};
}

}  // namespace verbatim::screening
