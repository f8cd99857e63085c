#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::coi {

/// A parsed search query: the subset of ecoi.net's language that officers know. Words are ANDed;
/// `OR` between them; `NOT word` or `-word` excludes; "exact phrase"; `prefix*`; parentheses.
struct QueryNode {
  enum class Kind { kTerm, kPhrase, kAnd, kOr, kNot };
  Kind kind = Kind::kTerm;
  std::vector<std::string> words;                    // kTerm: one word; kPhrase: its words in order
  bool prefix = false;                               // kTerm only: `word*`
  std::vector<std::unique_ptr<QueryNode>> children;  // kAnd, kOr: two or more; kNot: one
};

/// Parses `query`. Lenient where the intent is plain: an unclosed quote runs to the end, a lone
/// or doubled OR and unbalanced parentheses are ignored. InvalidArgument when nothing is left to
/// search for, or when a part of the query only excludes (`-war`, `a OR -b`), which neither
/// engine can answer.
Result<std::unique_ptr<QueryNode>> ParseQuery(std::string_view query);

/// The query as an FTS5 MATCH expression: every word a quoted string, so no user text is ever
/// read as FTS5 syntax.
std::string RenderFts5(const QueryNode& node);

/// The query as a to_tsquery('simple', …) string: every word a quoted lexeme.
std::string RenderTsquery(const QueryNode& node);

}  // namespace verbatim::coi
