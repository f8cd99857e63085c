// Reading and checking a National Reference Guide document (UN-7).
#include <regex>
#include <set>

#include "base/text.h"
#include "cases/iso_codes.h"
#include "referral/categories.h"
#include "referral/guide.h"
#include "tasks/iso_date.h"

namespace verbatim::referral {
namespace {

constexpr std::size_t kMaxText = 2000;

// The fields of an agency with where they live in the struct, in document order.
struct AgencyField {
  const char* name;
  std::string Agency::*member;
};
constexpr AgencyField kAgencyFields[] = {
    {"id", &Agency::id},
    {"category", &Agency::category},
    {"name", &Agency::name},
    {"services", &Agency::services},
    {"unit", &Agency::unit},
    {"telephone", &Agency::telephone},
    {"address", &Agency::address},
    {"working_hours", &Agency::working_hours},
    {"hotline", &Agency::hotline},
    {"contact_person", &Agency::contact_person},
};

bool IsGovernment(std::string_view category) {
  return category == "asylum_authority" || category == "child_protection" ||
         category == "anti_trafficking" || category == "victims_of_violence";
}

// Which fields Annex 2's template asks for in a category, besides id, category and name.
std::vector<const char*> RequiredFields(std::string_view category) {
  std::vector<const char*> out = {"services", "telephone", "address"};
  if (IsGovernment(category)) {
    out.push_back("unit");
    out.push_back("working_hours");
  }
  if (category == "unhcr") {
    out.push_back("working_hours");
    out.push_back("contact_person");
  }
  return out;
}

class Problems {
 public:
  void Add(std::string where, std::string what) { list_.push_back(where + ": " + what); }
  std::vector<std::string> Take() { return std::move(list_); }

 private:
  std::vector<std::string> list_;
};

void CheckText(Problems& p, const std::string& where, const std::string& value) {
  if (!IsValidUtf8(value)) return p.Add(where, "is not valid UTF-8");
  if (value.size() > kMaxText) p.Add(where, "is longer than " + std::to_string(kMaxText) + " bytes");
}

// Reads a string member; absent is "", anything but a string is a problem.
std::string ReadText(Problems& p, const Json& object, const char* key, const std::string& where) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (!it->is_string()) {
    p.Add(where, "must be a string");
    return "";
  }
  return Trim(it->get<std::string>());
}

void RejectUnknownKeys(Problems& p, const Json& object, const std::set<std::string>& known,
                       const std::string& where) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (!known.contains(it.key())) {
      std::string names;
      for (const auto& k : known) names += (names.empty() ? "" : ", ") + k;
      p.Add(where.empty() ? it.key() : where + "." + it.key(),
            "is not a field of a guide" + std::string(where.empty() ? "" : "'s agency") +
                " (known: " + names + ")");
    }
  }
}

}  // namespace

const Agency* Guide::First(std::string_view category) const {
  for (const Agency& a : agencies) {
    if (a.category == category) return &a;
  }
  return nullptr;
}

std::vector<std::string> CheckGuide(const Guide& g) {
  Problems p;
  if (!cases::IsIso3166Alpha2(g.country)) {
    p.Add("country", "'" + g.country + "' is not an ISO 3166-1 alpha-2 code such as KZ");
  }
  if (g.maintained_by.empty()) {
    p.Add("maintained_by", "name the agency responsible for keeping the guide current (UN-7)");
  }
  CheckText(p, "maintained_by", g.maintained_by);
  if (!tasks::ParseIsoDate(g.last_updated).ok()) {
    p.Add("last_updated", "'" + g.last_updated + "' is not a date written YYYY-MM-DD");
  }
  static const std::regex kId("[a-z0-9][a-z0-9-]{1,63}");
  std::set<std::string> ids;
  std::set<std::string> categories;
  for (std::size_t i = 0; i < g.agencies.size(); ++i) {
    const Agency& a = g.agencies[i];
    const std::string at = "agencies[" + std::to_string(i) + "]";
    if (!std::regex_match(a.id, kId)) {
      p.Add(at + ".id", "'" + a.id + "' must be 2 to 64 characters of a-z, 0-9 and '-'");
    } else if (!ids.insert(a.id).second) {
      p.Add(at + ".id", "'" + a.id + "' is used by an earlier agency of the guide");
    }
    if (!IsCategory(a.category)) {
      std::string names;
      for (std::string_view c : Categories()) names += (names.empty() ? "" : ", ") + std::string(c);
      p.Add(at + ".category", "'" + a.category + "' is not a category (one of " + names + ")");
      continue;
    }
    categories.insert(a.category);
    if (a.name.empty()) p.Add(at + ".name", "is required");
    for (const char* field : RequiredFields(a.category)) {
      for (const AgencyField& f : kAgencyFields) {
        if (std::string_view(f.name) == field && (a.*f.member).empty()) {
          p.Add(at + "." + field, std::string("is required for ") + a.category + " (Annex 2)");
        }
      }
    }
    for (const AgencyField& f : kAgencyFields) CheckText(p, at + "." + f.name, a.*f.member);
  }
  for (std::string_view c : Categories()) {
    if (IsRequiredCategory(c) && !categories.contains(std::string(c))) {
      p.Add("agencies", "the guide lists no agency for " + std::string(c) + " (Annex 2 requires one)");
    }
  }
  return p.Take();
}

Result<Guide> GuideFromJson(const Json& doc, LastUpdated last_updated) {
  if (!doc.is_object()) return InvalidArgument("a guide must be a JSON object");
  Problems p;
  RejectUnknownKeys(p, doc, {"country", "example", "maintained_by", "last_updated", "agencies"}, "");
  Guide g;
  g.country = ReadText(p, doc, "country", "country");
  if (auto it = doc.find("example"); it == doc.end() || !it->is_boolean()) {
    p.Add("example", "must be true or false: say whether the contact details are invented");
  } else {
    g.example = it->get<bool>();
  }
  g.maintained_by = ReadText(p, doc, "maintained_by", "maintained_by");
  g.last_updated = ReadText(p, doc, "last_updated", "last_updated");
  if (last_updated == LastUpdated::kSetBySaving && g.last_updated.empty()) g.last_updated = "0001-01-01";
  auto agencies = doc.find("agencies");
  if (agencies == doc.end() || !agencies->is_array()) {
    p.Add("agencies", "must be an array of agencies");
  } else {
    std::set<std::string> known;
    for (const AgencyField& f : kAgencyFields) known.insert(f.name);
    for (std::size_t i = 0; i < agencies->size(); ++i) {
      const Json& a = (*agencies)[i];
      const std::string at = "agencies[" + std::to_string(i) + "]";
      if (!a.is_object()) {
        p.Add(at, "must be an object");
        continue;
      }
      RejectUnknownKeys(p, a, known, at);
      Agency agency;
      for (const AgencyField& f : kAgencyFields) agency.*f.member = ReadText(p, a, f.name, at + "." + f.name);
      g.agencies.push_back(std::move(agency));
    }
  }
  std::vector<std::string> problems = p.Take();
  for (std::string& more : CheckGuide(g)) problems.push_back(std::move(more));
  if (!problems.empty()) {
    std::string message = problems.size() == 1 ? "The guide has a problem: "
                                               : "The guide has " + std::to_string(problems.size()) +
                                                     " problems: ";
    for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
    return InvalidArgument(message + ".");
  }
  return g;
}

Json GuideToJson(const Guide& g) {
  Json agencies = Json::array();
  for (const Agency& a : g.agencies) {
    Json j = Json::object();
    for (const AgencyField& f : kAgencyFields) j[f.name] = a.*f.member;
    agencies.push_back(std::move(j));
  }
  return {{"country", g.country},
          {"example", g.example},
          {"maintained_by", g.maintained_by},
          {"last_updated", g.last_updated},
          {"agencies", agencies}};
}

}  // namespace verbatim::referral
