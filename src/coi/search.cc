#include "coi/search.h"

#include <cctype>

#include "coi/document.h"
#include "coi/query.h"

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

}  // namespace

Result<SearchResponse> Search(store::Store& store, const SearchRequest& request) {
  if (request.limit < 1 || request.limit > 100 || request.offset < 0) {
    return InvalidArgument("limit must be 1 to 100 and offset not negative");
  }
  VB_ASSIGN_OR_RETURN(auto ast, ParseQuery(request.query));

  store::CoiSearchSpec spec;
  spec.match = store.dialect() == store::Dialect::kSqlite ? RenderFts5(*ast) : RenderTsquery(*ast);
  for (std::string c : request.countries) {
    if (c.size() != 2 || !std::isalpha(static_cast<unsigned char>(c[0])) ||
        !std::isalpha(static_cast<unsigned char>(c[1]))) {
      return InvalidArgument("the country '" + c + "' is not an ISO 3166 alpha-2 code");
    }
    for (auto& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    spec.countries.push_back(c);
  }
  for (char ch : request.source) {
    spec.source += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  VB_ASSIGN_OR_RETURN(spec.from_date, DateBound(request.from_date, false));
  VB_ASSIGN_OR_RETURN(spec.to_date, DateBound(request.to_date, true));
  spec.limit = request.limit;
  spec.offset = request.offset;

  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto page, store::SearchCoiPassages(*txn, store.dialect(), spec));
  return SearchResponse{std::move(page.hits), page.total};
}

}  // namespace verbatim::coi
