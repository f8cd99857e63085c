#include "coi/query.h"

#include <algorithm>
#include <utility>

namespace verbatim::coi {
namespace {

// Bounds that keep a pasted or hostile query from exhausting the stack here or the engines'
// own parsers (FTS5 limits expression depth).
constexpr int kMaxDepth = 16;
constexpr int kMaxWords = 64;

struct Token {
  enum class Kind { kWords, kOr, kNot, kOpen, kClose, kNear };
  Kind kind;
  std::vector<std::string> words;  // kWords: one word is a term, more a phrase
  bool prefix = false;
  std::vector<std::vector<std::string>> items = {};  // kNear: its terms and phrases
  int distance = 0;                             // kNear: as typed (checked by the parser)
};

// Letters and digits of any script: every byte of a multi-byte UTF-8 sequence counts, so Arabic
// or Cyrillic words stay whole; both engines split on the ASCII punctuation we split on.
bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> words;
  std::string current;
  for (char c : s) {
    if (IsWordByte(static_cast<unsigned char>(c))) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Digits at q[i..]: their value (capped, so a pasted long number cannot overflow) and the end.
std::pair<int, std::size_t> ReadNumber(std::string_view q, std::size_t i) {
  int value = 0;
  while (i < q.size() && IsDigit(q[i])) {
    value = std::min(value * 10 + (q[i] - '0'), 1000000);
    ++i;
  }
  return {value, i};
}

// The inside of NEAR( … ): words and "phrases", then an optional ", N".
Token LexNear(std::string_view inside) {
  Token t{Token::Kind::kNear, {}};
  t.distance = kDefaultNearDistance;
  const std::size_t comma = inside.rfind(',');
  if (comma != std::string_view::npos) {
    std::string_view tail = inside.substr(comma + 1);
    while (!tail.empty() && IsSpace(tail.front())) tail.remove_prefix(1);
    while (!tail.empty() && IsSpace(tail.back())) tail.remove_suffix(1);
    if (!tail.empty() && std::all_of(tail.begin(), tail.end(), IsDigit)) {
      t.distance = ReadNumber(tail, 0).first;
      inside = inside.substr(0, comma);
    }
  }
  std::size_t i = 0;
  while (i < inside.size()) {
    if (inside[i] == '"') {
      std::size_t end = inside.find('"', i + 1);
      if (end == std::string_view::npos) end = inside.size();
      auto words = SplitWords(inside.substr(i + 1, end - i - 1));
      if (!words.empty()) t.items.push_back(std::move(words));
      i = end + 1;
    } else {
      std::size_t end = i;
      while (end < inside.size() && !IsSpace(inside[end]) && inside[end] != '"') ++end;
      for (auto& w : SplitWords(inside.substr(i, end - i))) t.items.push_back({std::move(w)});
      i = std::max(end, i + 1);
    }
  }
  return t;
}

std::vector<Token> Lex(std::string_view q) {
  std::vector<Token> tokens;
  int open = 0;
  std::size_t i = 0;
  while (i < q.size()) {
    const char c = q[i];
    if (IsSpace(c)) {
      ++i;
    } else if (c == '"') {
      // An unclosed quote runs to the end: the officer meant a phrase and forgot to close it.
      std::size_t end = q.find('"', i + 1);
      if (end == std::string_view::npos) end = q.size();
      auto words = SplitWords(q.substr(i + 1, end - i - 1));
      i = end + 1;
      // "a b"~10: the words of the phrase within 10 words of each other (Lucene's slop).
      if (i + 1 < q.size() && q[i] == '~' && IsDigit(q[i + 1]) && words.size() > 1) {
        Token near{Token::Kind::kNear, {}};
        auto [distance, after] = ReadNumber(q, i + 1);
        near.distance = distance;
        for (auto& w : words) near.items.push_back({std::move(w)});
        tokens.push_back(std::move(near));
        i = after;
        continue;
      }
      if (!words.empty()) tokens.push_back({Token::Kind::kWords, std::move(words)});
    } else if (c == '(') {
      ++open;
      tokens.push_back({Token::Kind::kOpen, {}});
      ++i;
    } else if (c == ')') {
      if (open > 0) {  // a stray closing parenthesis is dropped
        --open;
        tokens.push_back({Token::Kind::kClose, {}});
      }
      ++i;
    } else if (c == '-' && i + 1 < q.size() && !IsSpace(q[i + 1])) {
      tokens.push_back({Token::Kind::kNot, {}});
      ++i;
    } else {
      std::size_t end = i;
      while (end < q.size() && !IsSpace(q[end]) && q[end] != '"' && q[end] != '(' &&
             q[end] != ')') {
        ++end;
      }
      const std::string_view raw = q.substr(i, end - i);
      i = end;
      if (raw == "NEAR" && i < q.size() && q[i] == '(') {
        // NEAR(…) up to its closing parenthesis, or to the end when it has none.
        std::size_t close = q.find(')', i);
        if (close == std::string_view::npos) close = q.size();
        tokens.push_back(LexNear(q.substr(i + 1, close - i - 1)));
        i = close + 1;
        continue;
      }
      if (raw == "OR") {
        tokens.push_back({Token::Kind::kOr, {}});
      } else if (raw == "NOT") {
        tokens.push_back({Token::Kind::kNot, {}});
      } else if (raw != "AND") {
        auto words = SplitWords(raw);
        if (words.empty()) continue;
        const bool prefix = words.size() == 1 && raw.back() == '*';
        tokens.push_back({Token::Kind::kWords, std::move(words), prefix});
      }
    }
  }
  return tokens;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  Result<std::unique_ptr<QueryNode>> Parse() {
    auto node = ParseOr(0);
    if (!status_.ok()) return status_;
    if (!node) return InvalidArgument("the query has no words to search for");
    return node;
  }

 private:
  bool AtEnd() const { return pos_ >= tokens_.size(); }
  Token::Kind Peek() const { return tokens_[pos_].kind; }

  std::unique_ptr<QueryNode> ParseOr(int depth) {
    if (depth > kMaxDepth) {
      Fail("the query nests parentheses too deeply");
      return nullptr;
    }
    std::vector<std::unique_ptr<QueryNode>> alternatives;
    while (status_.ok()) {
      if (auto a = ParseAnd(depth)) alternatives.push_back(std::move(a));
      if (AtEnd() || Peek() != Token::Kind::kOr) break;
      ++pos_;  // a leading, trailing or doubled OR joins nothing and is ignored
    }
    if (alternatives.size() <= 1)
      return alternatives.empty() ? nullptr : std::move(alternatives[0]);
    auto node = std::make_unique<QueryNode>();
    node->kind = QueryNode::Kind::kOr;
    node->children = std::move(alternatives);
    return node;
  }

  std::unique_ptr<QueryNode> ParseAnd(int depth) {
    std::vector<std::unique_ptr<QueryNode>> items;
    bool positive = false;
    while (status_.ok() && !AtEnd() && Peek() != Token::Kind::kOr &&
           Peek() != Token::Kind::kClose) {
      auto item = ParseUnary(depth);
      if (!item) continue;
      positive = positive || item->kind != QueryNode::Kind::kNot;
      items.push_back(std::move(item));
    }
    if (items.empty() || !status_.ok()) return nullptr;
    if (!positive) {
      Fail("NOT and '-' exclude words from other results: add a word to search for");
      return nullptr;
    }
    if (items.size() == 1) return std::move(items[0]);
    auto node = std::make_unique<QueryNode>();
    node->kind = QueryNode::Kind::kAnd;
    node->children = std::move(items);
    return node;
  }

  std::unique_ptr<QueryNode> ParseUnary(int depth) {
    bool negate = false;
    while (!AtEnd() && Peek() == Token::Kind::kNot) {
      negate = !negate;
      ++pos_;
    }
    if (AtEnd() || Peek() == Token::Kind::kOr || Peek() == Token::Kind::kClose) return nullptr;
    auto primary = ParsePrimary(depth);
    if (!primary || !negate) return primary;
    auto node = std::make_unique<QueryNode>();
    node->kind = QueryNode::Kind::kNot;
    node->children.push_back(std::move(primary));
    return node;
  }

  std::unique_ptr<QueryNode> ParsePrimary(int depth) {
    Token& t = tokens_[pos_++];
    if (t.kind == Token::Kind::kOpen) {
      auto inner = ParseOr(depth + 1);
      if (!AtEnd() && Peek() == Token::Kind::kClose) ++pos_;  // an unclosed group ends the query
      return inner;
    }
    if (t.kind == Token::Kind::kNear) return Near(t);
    words_ += static_cast<int>(t.words.size());
    if (words_ > kMaxWords) {
      Fail("the query has more than " + std::to_string(kMaxWords) + " words");
      return nullptr;
    }
    auto node = std::make_unique<QueryNode>();
    node->kind = t.words.size() == 1 ? QueryNode::Kind::kTerm : QueryNode::Kind::kPhrase;
    node->words = std::move(t.words);
    node->prefix = t.prefix;
    return node;
  }

  static std::unique_ptr<QueryNode> Item(std::vector<std::string> words) {
    auto node = std::make_unique<QueryNode>();
    node->kind = words.size() == 1 ? QueryNode::Kind::kTerm : QueryNode::Kind::kPhrase;
    node->words = std::move(words);
    return node;
  }

  // NEAR with one item is that item; with none (`NEAR()`), nothing.
  std::unique_ptr<QueryNode> Near(Token& t) {
    if (t.distance > kMaxNearDistance) {
      Fail("a proximity distance can be at most " + std::to_string(kMaxNearDistance) +
           " words; " + std::to_string(t.distance) + " was given");
      return nullptr;
    }
    for (const auto& item : t.items) words_ += static_cast<int>(item.size());
    if (words_ > kMaxWords) {
      Fail("the query has more than " + std::to_string(kMaxWords) + " words");
      return nullptr;
    }
    if (t.items.empty()) return nullptr;
    if (t.items.size() == 1) return Item(std::move(t.items[0]));
    auto node = std::make_unique<QueryNode>();
    node->kind = QueryNode::Kind::kNear;
    node->distance = t.distance;
    for (auto& item : t.items) node->children.push_back(Item(std::move(item)));
    return node;
  }

  void Fail(std::string message) {
    if (status_.ok()) status_ = InvalidArgument(std::move(message));
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  int words_ = 0;
  Status status_;
};

std::string Quote(const std::string& s, char quote, bool double_backslash) {
  std::string out(1, quote);
  for (char c : s) {
    if (c == quote || (double_backslash && c == '\\')) out += c;
    out += c;
  }
  return out + quote;
}

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? separator : "") + parts[i];
  return out;
}

}  // namespace

Result<std::unique_ptr<QueryNode>> ParseQuery(std::string_view query) {
  return Parser(Lex(query)).Parse();
}

std::string RenderFts5(const QueryNode& node) {
  switch (node.kind) {
    case QueryNode::Kind::kTerm:
      return Quote(node.words[0], '"', false) + (node.prefix ? " *" : "");
    case QueryNode::Kind::kPhrase:
      return Quote(Join(node.words, " "), '"', false);
    case QueryNode::Kind::kOr: {
      std::vector<std::string> parts;
      for (const auto& c : node.children) parts.push_back(RenderFts5(*c));
      return "(" + Join(parts, " OR ") + ")";
    }
    case QueryNode::Kind::kNear: {
      std::vector<std::string> parts;
      for (const auto& c : node.children) parts.push_back(RenderFts5(*c));
      return "NEAR(" + Join(parts, " ") + ", " + std::to_string(node.distance) + ")";
    }
    case QueryNode::Kind::kNot:  // only inside kAnd, beside a positive part (ParseQuery's rule)
      return RenderFts5(*node.children[0]);
    case QueryNode::Kind::kAnd: {
      // FTS5's NOT is binary ("a NOT b"), so the exclusions follow the ANDed positive parts.
      std::vector<std::string> positive;
      std::string negative;
      for (const auto& c : node.children) {
        if (c->kind == QueryNode::Kind::kNot) {
          negative += " NOT " + RenderFts5(*c);
        } else {
          positive.push_back(RenderFts5(*c));
        }
      }
      return "((" + Join(positive, " AND ") + ")" + negative + ")";
    }
  }
  return "";
}

std::string RenderTsquery(const QueryNode& node) {
  switch (node.kind) {
    case QueryNode::Kind::kTerm:
      return Quote(node.words[0], '\'', true) + (node.prefix ? ":*" : "");
    case QueryNode::Kind::kPhrase: {
      std::vector<std::string> parts;
      for (const auto& w : node.words) parts.push_back(Quote(w, '\'', true));
      return "(" + Join(parts, " <-> ") + ")";
    }
    case QueryNode::Kind::kNot:
      return "!" + RenderTsquery(*node.children[0]);
    case QueryNode::Kind::kNear: {
      std::vector<std::string> pairs;
      for (std::size_t i = 0; i + 1 < node.children.size(); ++i) {
        const std::string a = RenderTsquery(*node.children[i]);
        const std::string b = RenderTsquery(*node.children[i + 1]);
        std::vector<std::string> within;
        for (int d = 1; d <= node.distance + 1; ++d) {
          const std::string op = " <" + std::to_string(d) + "> ";
          within.push_back(a + op + b);
          within.push_back(b + op + a);
        }
        pairs.push_back("(" + Join(within, " | ") + ")");
      }
      return "(" + Join(pairs, " & ") + ")";
    }
    case QueryNode::Kind::kAnd:
    case QueryNode::Kind::kOr: {
      std::vector<std::string> parts;
      for (const auto& c : node.children) parts.push_back(RenderTsquery(*c));
      return "(" + Join(parts, node.kind == QueryNode::Kind::kAnd ? " & " : " | ") + ")";
    }
  }
  return "";
}

}  // namespace verbatim::coi
