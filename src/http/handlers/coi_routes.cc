// The COI library over HTTP (issue 6; AS-1 country information for officers, CH-2.1 at hand
// while preparing an interview): GET /api/v1/coi/search and GET /api/v1/coi/documents/{id}.
#include <cstdlib>
#include <map>

#include "coi/search.h"
#include "http/handlers/routes.h"
#include "store/coi_table.h"

namespace verbatim::http {
namespace {

// The query string read as a form (application/x-www-form-urlencoded): '+' is a space. The
// browser's URLSearchParams writes a space as '+', which cpp-httplib 0.11 leaves as '+', and
// "Taliban+women" would then be the phrase "Taliban women" instead of both words.
using FormParams = std::multimap<std::string, std::string>;

FormParams ReadForm(const Context& ctx) {
  FormParams params;
  const std::size_t q = ctx.req.target.find('?');
  if (q == std::string::npos) return params;
  const std::string query = ctx.req.target.substr(q + 1);
  std::size_t start = 0;
  while (start <= query.size()) {
    std::size_t amp = query.find('&', start);
    if (amp == std::string::npos) amp = query.size();
    const std::string pair = query.substr(start, amp - start);
    if (!pair.empty()) {
      const std::size_t eq = pair.find('=');
      params.emplace(httplib::detail::decode_url(pair.substr(0, eq), true),
                     eq == std::string::npos ? "" : httplib::detail::decode_url(pair.substr(eq + 1), true));
    }
    start = amp + 1;
  }
  return params;
}

std::string One(const FormParams& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

// `name=a,b&name=c` → {a, b, c}: lists come comma-separated, repeated, or both.
std::vector<std::string> ListParam(const FormParams& form, const std::string& name) {
  std::vector<std::string> out;
  auto [begin, end] = form.equal_range(name);
  for (auto it = begin; it != end; ++it) {
    const std::string& value = it->second;
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t comma = value.find(',', start);
      if (comma == std::string::npos) comma = value.size();
      std::string part = value.substr(start, comma - start);
      while (!part.empty() && part.front() == ' ') part.erase(0, 1);
      while (!part.empty() && part.back() == ' ') part.pop_back();
      if (!part.empty()) out.push_back(part);
      start = comma + 1;
    }
  }
  return out;
}

Result<int> IntParam(const FormParams& form, const std::string& name, int fallback, int min,
                     int max) {
  const std::string text = One(form, name);
  if (text.empty()) return fallback;
  char* end = nullptr;
  const long value = std::strtol(text.c_str(), &end, 10);
  if (*end != '\0' || value < min || value > max) {
    return InvalidArgument("'" + name + "' must be a whole number from " + std::to_string(min) +
                           " to " + std::to_string(max) + ".");
  }
  return static_cast<int>(value);
}

Result<coi::SearchRequest> ReadSearchRequest(const Context& ctx) {
  const FormParams form = ReadForm(ctx);
  coi::SearchRequest r;
  r.query = One(form, "q");
  if (r.query.empty()) return InvalidArgument("'q' is missing: type what to search for.");
  r.countries = ListParam(form, "country");
  r.not_countries = ListParam(form, "not_country");
  r.only_countries = ListParam(form, "only_country");
  r.sources = ListParam(form, "source");
  r.exclude_sources = ListParam(form, "exclude_source");
  r.types = ListParam(form, "type");
  r.languages = ListParam(form, "language");
  r.from_date = One(form, "from");
  r.to_date = One(form, "to");
  VB_ASSIGN_OR_RETURN(r.sort, coi::ParseSort(One(form, "sort")));
  VB_ASSIGN_OR_RETURN(r.limit, IntParam(form, "limit", 20, 1, 100));
  VB_ASSIGN_OR_RETURN(r.offset, IntParam(form, "offset", 0, 0, 1000000));
  r.facets = true;
  return r;
}

}  // namespace

// COI is public reference material, not personal data, so reads are not audited; the library is
// still only for the staff who prepare and conduct interviews, and administrators who keep it
// (DESIGN.md roles). Lawyers, applicants and referral agencies are denied.
void AddCoiRoutes(Router& router, Services& s) {
  const Access staff = Access::Roles({auth::Role::kOfficer, auth::Role::kSupervisor,
                                      auth::Role::kBorderOfficer, auth::Role::kAdmin});

  router.Add("GET", "/api/v1/coi/search", staff, [&s](Context& ctx) {
    auto request = ReadSearchRequest(ctx);
    if (!request.ok()) return ctx.Fail(request.status());
    auto found = coi::Search(s.store, *request);
    if (!found.ok()) return ctx.Fail(found.status());
    ctx.ReplyJson(200, coi::SearchResponseToJson(*found, true));
  });

  router.Add("GET", "/api/v1/coi/documents/{id}", staff, [&s](Context& ctx) {
    const std::string id = ctx.params.at("id");
    auto txn = s.store.Begin(store::Access::kRead);
    if (!txn.ok()) return ctx.Fail(txn.status());
    auto doc = store::FindCoiDocument(**txn, id);
    if (!doc.ok()) return ctx.Fail(doc.status());
    if (!doc->has_value()) return ctx.Fail(NotFound("There is no COI document '" + id + "'."));
    auto passages = store::ListCoiPassages(**txn, id);
    if (!passages.ok()) return ctx.Fail(passages.status());
    const store::CoiDocumentRecord& d = **doc;
    Json list = Json::array();
    for (const auto& p : *passages) {
      list.push_back({{"id", p.id}, {"ordinal", p.ordinal}, {"heading", p.heading}, {"text", p.text}});
    }
    ctx.ReplyJson(200, {{"id", d.id},
                        {"title", d.title},
                        {"source", d.publisher},
                        {"country", d.country},
                        {"language", d.language},
                        {"published", d.published},
                        {"date", d.published_date},
                        {"report_period", d.report_period},
                        {"document_type", d.document_type},
                        {"url", d.source},
                        {"licence", d.licence},
                        {"file_name", d.file_name},
                        {"passages", list}});
  });
}

}  // namespace verbatim::http
