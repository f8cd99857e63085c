#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::coi {

/// A parsed search query: the subset of ecoi.net's language that officers know. Words are ANDed;
/// `OR` between them; `NOT word` or `-word` excludes; "exact phrase"; `prefix*`; parentheses;
/// proximity as `NEAR(word word, 10)` or `"word word"~10` (the words within 10 words of each
/// other, in either order).
struct QueryNode {
  enum class Kind { kTerm, kPhrase, kAnd, kOr, kNot, kNear };
  Kind kind = Kind::kTerm;
  std::vector<std::string> words;  // kTerm: one word; kPhrase: its words in order
  bool prefix = false;             // kTerm only: `word*`
  int distance = 0;                // kNear only: at most this many words between neighbours
  // kAnd, kOr: two or more; kNot: one; kNear: two or more kTerm/kPhrase
  std::vector<std::unique_ptr<QueryNode>> children;
};

/// The largest proximity distance: beyond it, NEAR means little more than AND, and PostgreSQL's
/// rendering (one alternative per distance) would grow without need.
constexpr int kMaxNearDistance = 30;
/// NEAR(a b) without a distance.
constexpr int kDefaultNearDistance = 10;

/// Parses `query`. Lenient where the intent is plain: an unclosed quote runs to the end, a lone
/// or doubled OR and unbalanced parentheses are ignored. InvalidArgument when nothing is left to
/// search for, or when a part of the query only excludes (`-war`, `a OR -b`), which neither
/// engine can answer.
Result<std::unique_ptr<QueryNode>> ParseQuery(std::string_view query);

/// The query as an FTS5 MATCH expression: every word a quoted string, so no user text is ever
/// read as FTS5 syntax.
std::string RenderFts5(const QueryNode& node);

/// The query as a to_tsquery('simple', …) string: every word a quoted lexeme. PostgreSQL has no
/// "within N": NEAR becomes, for each pair of neighbouring items, the alternatives `a <d> b` and
/// `b <d> a` for d = 1..N+1 (exactly FTS5's meaning for two words; for three or more, each
/// neighbouring pair is within N, which is looser than FTS5's one window).
std::string RenderTsquery(const QueryNode& node);

}  // namespace verbatim::coi
