#include "interview/entry_json.h"

#include <algorithm>
#include <initializer_list>

#include "base/crypto.h"
#include "base/text.h"
#include "interview/plan.h"

namespace verbatim::interview {
namespace {

Status Bad(const std::string& field, const std::string& what) {
  return InvalidArgument("'" + field + "' " + what);
}

Result<std::string> OptionalString(const Json& j, const char* field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return std::string();
  if (!it->is_string()) return Bad(field, "must be a string");
  std::string value = it->get<std::string>();
  if (!IsValidUtf8(value)) return Bad(field, "is not valid UTF-8");
  return value;
}

Status OneOf(const std::string& field, const std::string& value,
             std::initializer_list<std::string_view> allowed, bool required) {
  if (value.empty() && !required) return Status::Ok();
  for (auto a : allowed) {
    if (a == value) return Status::Ok();
  }
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  return Bad(field, (value.empty() ? std::string("is required") : "is '" + value + "'") +
                        "; use one of: " + list);
}

}  // namespace

Json EntryToJson(const Entry& e, JsonFields fields) {
  Json j = Json::object();
  j["kind"] = EntryKindName(e.kind);
  if (!e.by.empty()) j["by"] = e.by;
  if (!e.text.empty()) j["text"] = e.text;
  if (!e.outcome.empty()) j["outcome"] = e.outcome;
  if (!e.item.empty()) j["item"] = e.item;
  if (!e.status.empty()) j["status"] = e.status;
  if (!e.participant.empty()) j["participant"] = e.participant;
  if (!e.state.empty()) j["state"] = e.state;
  if (e.age_months) j["age_months"] = *e.age_months;
  if (!e.authorization.empty()) j["authorization"] = e.authorization;
  if (!e.incident.empty()) j["incident"] = e.incident;
  if (e.consent) j["consent"] = *e.consent;
  if (!e.reason.empty()) j["reason"] = e.reason;
  if (e.ref) j["ref"] = *e.ref;
  if (!e.theme.empty()) j["theme"] = e.theme;
  if (!e.crucial.empty()) j["crucial"] = e.crucial;
  if (!e.passage_id.empty()) j["passage_id"] = e.passage_id;
  if (!e.document_id.empty()) j["document_id"] = e.document_id;
  if (!e.document_title.empty()) j["document_title"] = e.document_title;
  if (!e.document_source.empty()) j["document_source"] = e.document_source;
  if (!e.document_date.empty()) j["document_date"] = e.document_date;
  if (!e.client_id.empty()) j["client_id"] = e.client_id;
  if (fields == JsonFields::kRecord) {
    j["seq"] = e.seq;
    j["at"] = FormatRfc3339Micros(e.at);
    if (!e.author.empty()) j["author"] = e.author;
    j["prev_hash"] = e.prev_hash;
    j["hash"] = e.hash;
  }
  return j;
}

Result<Entry> EntryFromJson(const Json& j, JsonFields fields) {
  if (!j.is_object()) return InvalidArgument("an entry must be a JSON object");
  Entry e;
  VB_ASSIGN_OR_RETURN(std::string kind, OptionalString(j, "kind"));
  const auto parsed = ParseEntryKind(kind);
  if (!parsed) {
    return Bad("kind", (kind.empty() ? std::string("is required") : "is '" + kind + "'") +
                           "; use start, end, checklist, question, answer, observation, remark, "
                           "interpreter_issue, presence, break_start, break_end, warning, "
                           "incident, extension, correction or coi_reference");
  }
  e.kind = *parsed;
  const std::pair<const char*, std::string*> strings[] = {
      {"by", &e.by},           {"text", &e.text},
      {"outcome", &e.outcome}, {"item", &e.item},
      {"status", &e.status},   {"participant", &e.participant},
      {"state", &e.state},     {"authorization", &e.authorization},
      {"incident", &e.incident}, {"reason", &e.reason},
      {"client_id", &e.client_id}, {"author", &e.author},
      {"prev_hash", &e.prev_hash}, {"hash", &e.hash},
      {"theme", &e.theme}, {"crucial", &e.crucial},
      {"passage_id", &e.passage_id}, {"document_id", &e.document_id},
      {"document_title", &e.document_title}, {"document_source", &e.document_source},
      {"document_date", &e.document_date}};
  for (const auto& [name, target] : strings) {
    VB_ASSIGN_OR_RETURN(*target, OptionalString(j, name));
  }
  if (e.client_id.size() > 128) return Bad("client_id", "is longer than 128 characters");
  if (auto it = j.find("age_months"); it != j.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 240) {
      return Bad("age_months", "must be a whole number of months from 0 to 240");
    }
    e.age_months = it->get<int>();
  }
  if (auto it = j.find("consent"); it != j.end() && !it->is_null()) {
    if (!it->is_boolean()) return Bad("consent", "must be true or false");
    e.consent = it->get<bool>();
  }
  if (auto it = j.find("ref"); it != j.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<long long>() < 1) {
      return Bad("ref", "must be the seq (1 or more) of the entry it corrects");
    }
    e.ref = it->get<std::int64_t>();
  }
  if (fields == JsonFields::kRecord) {
    auto seq = j.find("seq");
    if (seq == j.end() || !seq->is_number_integer() || seq->get<long long>() < 1) {
      return Bad("seq", "must be a whole number from 1");
    }
    e.seq = seq->get<std::int64_t>();
    VB_ASSIGN_OR_RETURN(std::string at, OptionalString(j, "at"));
    if (at.empty()) return Bad("at", "is required (RFC 3339)");
    VB_ASSIGN_OR_RETURN(e.at, ParseRfc3339(at));
  }
  if (!e.theme.empty()) {
    const auto& themes = PlanThemes();
    if (std::find(themes.begin(), themes.end(), e.theme) == themes.end()) {
      return Bad("theme", "is '" + e.theme + "'; use identity, persecution, fear_on_return or evidence");
    }
  }
  if (e.crucial.size() > 32) return Bad("crucial", "is longer than a crucial question's id");
  // Enumerations, per kind (docs/formats/interview-record.md).
  using K = EntryKind;
  switch (e.kind) {
    case K::kEnd:
      VB_RETURN_IF_ERROR(OneOf("outcome", e.outcome,
                               {"completed", "ended_conflict_of_interest", "ended_disruption",
                                "to_be_continued"}, true));
      break;
    case K::kChecklist:
      VB_RETURN_IF_ERROR(OneOf("item", e.item,
                               {"CH-3.1", "CH-3.2", "CH-3.3", "CH-3.4", "CH-3.5", "CH-3.6",
                                "CH-3.7", "CH-3.8", "CH-3.9", "CH-3.10", "CH-6", "CH-12.1",
                                "CH-12.2", "CH-12.3"}, true));
      VB_RETURN_IF_ERROR(OneOf("status", e.status, {"done", "not_applicable"}, true));
      break;
    case K::kQuestion:
      VB_RETURN_IF_ERROR(OneOf("by", e.by, {"officer"}, false));
      break;
    case K::kAnswer:
      VB_RETURN_IF_ERROR(OneOf("by", e.by, {"applicant"}, false));
      break;
    case K::kRemark:
      VB_RETURN_IF_ERROR(OneOf("by", e.by, {"lawyer", "trusted_person", "guardian"}, true));
      break;
    case K::kPresence:
      VB_RETURN_IF_ERROR(OneOf("participant", e.participant,
                               {"lawyer", "trusted_person", "guardian", "interpreter", "child",
                                "other"}, true));
      VB_RETURN_IF_ERROR(OneOf("state", e.state, {"joined", "left", "returned"}, true));
      break;
    case K::kIncident:
      VB_RETURN_IF_ERROR(OneOf("incident", e.incident, {"conflict_of_interest", "disruption"}, true));
      break;
    case K::kCorrection:
      if (!e.ref) return Bad("ref", "is required: the seq of the entry this corrects");
      break;
    case K::kCoiReference:
      // AS-5: a cited source names its passage ("coi-<24 hex digits>-p00012", coi/importer.h).
      if (e.passage_id.empty()) {
        return Bad("passage_id", "is required: the COI passage cited (from search or comparison)");
      }
      if (e.passage_id.size() > 64 || e.passage_id.rfind("coi-", 0) != 0 ||
          e.passage_id.find("-p", 4) == std::string::npos) {
        return Bad("passage_id", "is '" + e.passage_id + "', which is not a COI passage id");
      }
      if (e.text.size() > 4000) return Bad("text", "is longer than 4,000 bytes; keep the note short");
      break;
    default:
      break;
  }
  ApplyDefaults(e);
  return e;
}

void ApplyDefaults(Entry& e) {
  if (!e.by.empty()) return;
  if (e.kind == EntryKind::kQuestion) e.by = "officer";
  if (e.kind == EntryKind::kAnswer) e.by = "applicant";
}

std::string ChainHash(const Entry& entry, const std::string& prev_hash) {
  Json canonical = EntryToJson(entry, JsonFields::kClientInput);
  canonical["seq"] = entry.seq;
  canonical["at"] = FormatRfc3339Micros(entry.at);
  if (!entry.author.empty()) canonical["author"] = entry.author;
  // nlohmann::json keeps object keys sorted, so dump() is canonical.
  return Sha256Hex(prev_hash + "\n" + canonical.dump());
}

}  // namespace verbatim::interview
