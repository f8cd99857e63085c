#include "coi/search.h"

#include <cctype>

#include "coi/document.h"
#include "coi/query.h"
#include "coi/snippet.h"

namespace verbatim::coi {
namespace {

// A date bound as YYYY-MM-DD: a bare year or month reaches to its end when it is the upper bound.
Result<std::string> DateBound(const std::string& value, bool upper) {
  if (value.empty()) return std::string();
  std::string date = PublishedDate(value);
  if (date.empty()) return InvalidArgument("the date '" + value + "' is not YYYY or YYYY-MM-DD");
  if (upper && value.size() == 4) date = value + "-12-31";
  if (upper && value.size() == 7) date = value + "-31";  // string order: no month has a day 32
  return date;
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// ISO codes upper-cased, `none` as "" (no country); InvalidArgument for anything else.
Result<std::vector<std::string>> CountryCodes(const std::vector<std::string>& codes) {
  std::vector<std::string> out;
  for (std::string c : codes) {
    if (Lower(c) == "none") {
      out.push_back("");
      continue;
    }
    if (c.size() != 2 || !std::isalpha(static_cast<unsigned char>(c[0])) ||
        !std::isalpha(static_cast<unsigned char>(c[1]))) {
      return InvalidArgument("the country '" + c +
                             "' is not an ISO 3166 alpha-2 code (e.g. AF) or 'none'");
    }
    for (auto& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> Lowered(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) {
    if (!v.empty()) out.push_back(Lower(v));
  }
  return out;
}

// "any" and "only" narrow to their codes; both at once narrow to the codes they share.
std::vector<std::string> Intersect(const std::vector<std::string>& a,
                                   const std::vector<std::string>& b) {
  std::vector<std::string> out;
  for (const auto& x : a) {
    for (const auto& y : b) {
      if (x == y) out.push_back(x);
    }
  }
  return out;
}

Json FacetJson(const std::vector<store::CoiFacetCount>& facet) {
  Json list = Json::array();
  for (const auto& f : facet) list.push_back({{"value", f.value}, {"count", f.count}});
  return list;
}

}  // namespace

Result<SearchResponse> Search(store::Store& store, const SearchRequest& request) {
  if (request.limit < 1 || request.limit > 100 || request.offset < 0) {
    return InvalidArgument("limit must be 1 to 100 and offset not negative");
  }
  VB_ASSIGN_OR_RETURN(auto ast, ParseQuery(request.query));

  store::CoiSearchSpec spec;
  spec.match = store.dialect() == store::Dialect::kSqlite ? RenderFts5(*ast) : RenderTsquery(*ast);
  VB_ASSIGN_OR_RETURN(auto any, CountryCodes(request.countries));
  VB_ASSIGN_OR_RETURN(auto only, CountryCodes(request.only_countries));
  VB_ASSIGN_OR_RETURN(spec.not_countries, CountryCodes(request.not_countries));
  if (!any.empty()) any.push_back("");  // documents without a country bear on any country
  if (!any.empty() && !only.empty()) {
    spec.countries = Intersect(any, only);
    if (spec.countries.empty()) return SearchResponse{};  // no country is in both lists
  } else {
    spec.countries = !only.empty() ? only : any;
  }
  spec.sources = Lowered(request.sources);
  spec.exclude_sources = Lowered(request.exclude_sources);
  spec.types = Lowered(request.types);
  spec.languages = Lowered(request.languages);
  VB_ASSIGN_OR_RETURN(spec.from_date, DateBound(request.from_date, false));
  VB_ASSIGN_OR_RETURN(spec.to_date, DateBound(request.to_date, true));
  spec.by_date = request.sort == SearchRequest::Sort::kDate;
  spec.facets = request.facets;
  spec.limit = request.limit;
  spec.offset = request.offset;

  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto page, store::SearchCoiPassages(*txn, store.dialect(), spec));
  SearchResponse response;
  response.total = page.total;
  response.country_facet = std::move(page.countries);
  response.source_facet = std::move(page.sources);
  response.year_facet = std::move(page.years);
  for (auto& h : page.hits) {
    response.results.push_back({std::move(h.document_id), std::move(h.passage_id),
                                std::move(h.title), std::move(h.source), std::move(h.date),
                                std::move(h.country), std::move(h.heading), h.score,
                                HighlightSnippet(h.snippet), std::move(h.snippet)});
  }
  return response;
}

Json SearchResponseToJson(const SearchResponse& response, bool with_facets) {
  Json results = Json::array();
  for (const auto& r : response.results) {
    results.push_back({{"document_id", r.document_id}, {"passage_id", r.passage_id},
                       {"title", r.title}, {"source", r.source}, {"date", r.date},
                       {"country", r.country}, {"heading", r.heading}, {"score", r.score},
                       {"snippet", r.snippet}});
  }
  Json out = {{"results", results}, {"total", response.total}};
  if (with_facets) {
    out["facets"] = {{"country", FacetJson(response.country_facet)},
                     {"source", FacetJson(response.source_facet)},
                     {"year", FacetJson(response.year_facet)}};
  }
  return out;
}

Result<SearchRequest::Sort> ParseSort(const std::string& text) {
  if (text.empty() || text == "relevance") return SearchRequest::Sort::kRelevance;
  if (text == "date") return SearchRequest::Sort::kDate;
  return InvalidArgument("sort must be 'relevance' or 'date', not '" + text + "'");
}

}  // namespace verbatim::coi
