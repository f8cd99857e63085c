#pragma once

#include <vector>

#include "base/json.h"
#include "coi/compare.h"

namespace verbatim::coi {

/// {"statements":[{"text","places":[{"name","country","kind","matched"}],"actors":[{"name",
/// "countries","source","matched"}],"periods":[{"from","to","matched","calendar","precision"}],
/// "caption","passages":[{"document_id","passage_id","title","source","date","country",
/// "heading","snippet","score","time_match"}]}]}: the answer of POST /api/v1/coi/compare.
Json ComparisonsToJson(const std::vector<StatementComparison>& comparisons);

}  // namespace verbatim::coi
