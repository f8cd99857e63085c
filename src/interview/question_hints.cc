#include "interview/question_hints.h"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "base/json.h"
#include "base/text.h"

namespace verbatim::interview {
namespace hints_data {
// Generated from data/hints/<language>.json by hints.cmake.
std::string_view RulesJson_en();
std::string_view RulesJson_fr();
std::string_view RulesJson_nl();
}  // namespace hints_data

namespace {

constexpr char kRule[] = "CH-8";
constexpr char kOneAtATime[] = "Ask one question at a time.";

/// One compiled pattern of a rule file (format: data/hints/README.md).
struct Rule {
  std::unique_ptr<icu::RegexPattern> pattern;
  int32_t group = 0;  // the (?<hint>…) group when there is one: the span shown to the officer
  std::string message;
};

struct RuleSet {
  std::size_t max_words = 0;
  std::vector<Rule> joined;        // a second question joined to the first ("… and why did …")
  std::vector<Rule> clause_start;  // a direct question opening a comma- or period-separated clause
  std::vector<Rule> leading, judging, jargon;
};

struct Span {
  std::size_t start = 0, end = 0;
  const Rule* rule = nullptr;
};

/// The question as ICU sees it, with the byte offset of every UTF-16 index (ICU's regex works in
/// UTF-16; the API promises byte offsets into the caller's UTF-8).
class Text {
 public:
  explicit Text(std::string_view s)
      : bytes_(s), u_(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()))) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto length = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < length) {
      const int32_t at = i;
      UChar32 c;
      U8_NEXT(p, i, length, c);
      byte_at_.push_back(at);
      if (c > 0xFFFF) byte_at_.push_back(at);  // a surrogate pair takes two UTF-16 units
    }
    byte_at_.push_back(s.size());
  }

  const icu::UnicodeString& u() const { return u_; }
  std::size_t Byte(int32_t index) const { return byte_at_[index]; }
  std::string Slice(std::size_t start, std::size_t end) const {
    return std::string(bytes_.substr(start, end - start));
  }

 private:
  std::string_view bytes_;
  icu::UnicodeString u_;
  std::vector<std::size_t> byte_at_;
};

// Typists mix the ASCII apostrophe with the typographic ones; rule authors write only "'" and it
// matches all of them. A nested set is valid both inside and outside a character class in ICU.
std::string ExpandApostrophes(std::string_view pattern) {
  std::string out;
  for (char c : pattern) {
    if (c == '\'') {
      out += "['\u2019\u2018\u02BC]";
    } else {
      out += c;
    }
  }
  return out;
}

// Only jargon rules may carry a "plain" alternative, shown in the hint's message.
enum class Kind { kOther, kJargon };

Result<Rule> CompileRule(const Json& entry, const std::string& where, Kind kind,
                         const std::string& default_message) {
  if (!entry.is_object()) return Internal(where + " is not an object");
  for (const auto& [key, value] : entry.items()) {
    const bool known = key == "pattern" || key == "example" || key == "message" || key == "note" ||
                       (kind == Kind::kJargon && key == "plain");
    if (!known) return Internal(where + " has an unknown field \"" + key + "\"");
    if (!value.is_string()) return Internal(where + "." + key + " is not a string");
  }
  if (!entry.contains("pattern") || !entry.contains("example")) {
    return Internal(where + " needs a \"pattern\" and an \"example\" it matches");
  }
  const std::string source = ExpandApostrophes(entry["pattern"].get<std::string>());
  UParseError parse_error{};
  UErrorCode status = U_ZERO_ERROR;
  Rule rule;
  rule.pattern.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(source),
                                                UREGEX_CASE_INSENSITIVE, parse_error, status));
  if (U_FAILURE(status)) {
    return Internal(where + ".pattern is not a valid ICU regular expression (" +
                    u_errorName(status) + " at offset " + std::to_string(parse_error.offset) +
                    " once apostrophes are expanded)");
  }
  status = U_ZERO_ERROR;
  const int32_t group = rule.pattern->groupNumberFromName("hint", -1, status);
  if (U_SUCCESS(status)) rule.group = group;

  // Every rule proves itself on its example when loaded, so a rule that can never fire (a typo,
  // a wrong escape) fails hints_test instead of silently giving no hints.
  const std::string example = entry["example"].get<std::string>();
  const icu::UnicodeString u_example = icu::UnicodeString::fromUTF8(example);
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(rule.pattern->matcher(u_example, status));
  if (U_FAILURE(status) || !m->find()) {
    return Internal(where + ".pattern does not match its example \"" + example + "\"");
  }
  rule.message = entry.value("message", default_message);
  if (entry.contains("plain")) {
    rule.message = "The applicant may not know this legal term; say it in plain words, e.g. \"" +
                   entry["plain"].get<std::string>() + "\".";
  }
  return rule;
}

Result<std::vector<Rule>> CompileList(const Json& object, const std::string& key,
                                      const std::string& where, Kind kind,
                                      const std::string& message) {
  if (!object.contains(key) || !object[key].is_array() || object[key].empty()) {
    return Internal(where + key + " must be a list of rules");
  }
  const Json& list = object[key];
  std::vector<Rule> rules;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = where + key + "[" + std::to_string(i) + "]";
    VB_ASSIGN_OR_RETURN(Rule rule, CompileRule(list[i], at, kind, message));
    rules.push_back(std::move(rule));
  }
  return rules;
}

Status CheckKeys(const Json& object, std::initializer_list<std::string_view> allowed,
                 const std::string& where) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      return Internal(where + " has an unknown field \"" + key + "\"");
    }
  }
  return Status::Ok();
}

Result<RuleSet> ParseRuleSet(std::string_view json, const std::string& language) {
  const std::string file = "data/hints/" + language + ".json";
  Json doc;
  try {
    doc = Json::parse(json.begin(), json.end());
  } catch (const Json::parse_error& e) {
    return Internal(file + " is not valid JSON: " + e.what());
  }
  if (!doc.is_object() || doc.value("language", "") != language) {
    return Internal(file + ": \"language\" must be \"" + language + "\"");
  }
  VB_RETURN_IF_ERROR(CheckKeys(
      doc, {"language", "note", "max_words", "multiple_questions", "leading", "judging", "jargon"},
      file));
  if (!doc.contains("max_words") || !doc["max_words"].is_number_unsigned() ||
      doc["max_words"].get<std::size_t>() < 5) {
    return Internal(file + ": \"max_words\" must be a whole number of at least 5");
  }
  const std::string where = file + ": ";
  if (!doc.contains("multiple_questions") || !doc["multiple_questions"].is_object()) {
    return Internal(where + "\"multiple_questions\" must be an object");
  }
  const Json& multiple = doc["multiple_questions"];
  VB_RETURN_IF_ERROR(
      CheckKeys(multiple, {"note", "joined", "clause_start"}, where + "multiple_questions"));

  RuleSet set;
  set.max_words = doc["max_words"].get<std::size_t>();
  const std::string in_multiple = where + "multiple_questions.";
  VB_ASSIGN_OR_RETURN(set.joined,
                      CompileList(multiple, "joined", in_multiple, Kind::kOther, kOneAtATime));
  VB_ASSIGN_OR_RETURN(set.clause_start, CompileList(multiple, "clause_start", in_multiple,
                                                    Kind::kOther, kOneAtATime));
  VB_ASSIGN_OR_RETURN(
      set.leading,
      CompileList(doc, "leading", where, Kind::kOther,
                  "This phrasing suggests the answer; ask an open, neutral question."));
  VB_ASSIGN_OR_RETURN(set.judging,
                      CompileList(doc, "judging", where, Kind::kOther,
                                  "This sounds disapproving; put doubts neutrally and let the "
                                  "applicant explain (CH-10)."));
  VB_ASSIGN_OR_RETURN(set.jargon,
                      CompileList(doc, "jargon", where, Kind::kJargon,
                                  "The applicant may not know this legal term; use plain words."));
  return set;
}

using RuleSets = std::map<std::string, Result<RuleSet>, std::less<>>;

// A function-local static: C++ guarantees one thread parses while the others wait, and ICU's
// RegexPattern is safe to share once built (each call makes its own RegexMatcher).
const RuleSets& AllRuleSets() {
  static const RuleSets* sets = [] {
    auto* s = new RuleSets();
    s->emplace("en", ParseRuleSet(hints_data::RulesJson_en(), "en"));
    s->emplace("fr", ParseRuleSet(hints_data::RulesJson_fr(), "fr"));
    s->emplace("nl", ParseRuleSet(hints_data::RulesJson_nl(), "nl"));
    return s;
  }();
  return *sets;
}

std::unique_ptr<icu::RegexMatcher> Matcher(const Rule& rule, const Text& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(rule.pattern->matcher(text.u(), status));
  return U_SUCCESS(status) ? std::move(m) : nullptr;
}

Span SpanOf(icu::RegexMatcher& m, const Rule& rule, const Text& text) {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t start = m.start(rule.group, status), end = m.end(rule.group, status);
  return {text.Byte(start), text.Byte(end), &rule};
}

/// Every match of every rule, without overlaps: where two overlap the earlier (then the longer)
/// one is kept, so one phrase never produces two hints of the same kind.
std::vector<Span> FindAll(const std::vector<Rule>& rules, const Text& text) {
  std::vector<Span> spans;
  for (const Rule& rule : rules) {
    auto m = Matcher(rule, text);
    while (m && m->find()) {
      const Span span = SpanOf(*m, rule, text);
      if (span.end > span.start) spans.push_back(span);
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Span> kept;
  for (const Span& span : spans) {
    if (kept.empty() || span.start >= kept.back().end) kept.push_back(span);
  }
  return kept;
}

bool IsQuestionMark(UChar32 c) { return c == u'?' || c == 0xFF1F; }

// What may follow a question mark within the same question: more marks ("?!"), spaces and closing
// quotes or brackets. Anything else starts the next question.
bool ContinuesQuestionMark(UChar32 c) {
  return IsQuestionMark(c) || c == u'!' || u_isUWhiteSpace(c) ||
         u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK) || c == u')' || c == u']';
}

/// The second question when the text holds two or more question marks with words between them.
std::optional<Span> SecondQuestionByMarks(const Text& text) {
  const icu::UnicodeString& u = text.u();
  int32_t marks = 0, second_start = -1;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    if (!IsQuestionMark(u.char32At(i))) continue;
    if (++marks == 2) return Span{text.Byte(second_start), text.Byte(i + 1), nullptr};
    int32_t j = i;
    while (j < u.length() && ContinuesQuestionMark(u.char32At(j))) j = u.moveIndex32(j, 1);
    if (j == u.length()) break;
    second_start = j;
    i = u.moveIndex32(j, -1);
  }
  return std::nullopt;
}

bool IsClauseEnd(char16_t c) {
  return c == u',' || c == u';' || c == u':' || c == u'.' || c == u'!' || c == u'?';
}

/// The second clause that opens as a direct question ("Where did you live, why did you
/// leave?"). A subordinate clause before a single question ("When you arrived, where did you
/// stay?") does not open with a direct question, so it is not counted.
std::optional<Span> SecondQuestionByClauses(const RuleSet& set, const Text& text) {
  const icu::UnicodeString& u = text.u();
  int32_t openers = 0;
  for (int32_t begin = 0; begin < u.length();) {
    int32_t end = begin;
    while (end < u.length() && !IsClauseEnd(u.charAt(end))) ++end;
    int32_t first = begin;
    while (first < end && u_isUWhiteSpace(u.char32At(first))) first = u.moveIndex32(first, 1);
    for (const Rule& rule : set.clause_start) {
      if (first == end) break;
      auto m = Matcher(rule, text);
      UErrorCode status = U_ZERO_ERROR;
      if (!m) break;
      m->region(first, end, status);
      if (U_SUCCESS(status) && m->lookingAt(status)) {
        if (++openers == 2) return SpanOf(*m, rule, text);
        break;
      }
    }
    begin = end + 1;
  }
  return std::nullopt;
}

std::size_t CountWords(const Text& text) {
  const icu::UnicodeString& u = text.u();
  std::size_t words = 0;
  bool in_token = false, has_alnum = false;
  for (int32_t i = 0; i <= u.length(); i = i < u.length() ? u.moveIndex32(i, 1) : i + 1) {
    const bool space = i == u.length() || u_isUWhiteSpace(u.char32At(i));
    if (space) {
      if (in_token && has_alnum) ++words;
      in_token = has_alnum = false;
    } else {
      in_token = true;
      has_alnum = has_alnum || u_isalnum(u.char32At(i));
    }
  }
  return words;
}

void AddHints(std::vector<QuestionHint>& out, std::string_view kind, const std::vector<Span>& spans,
              const Text& text) {
  for (const Span& s : spans) {
    out.push_back({kRule, std::string(kind), s.rule ? s.rule->message : kOneAtATime, s.start, s.end,
                   text.Slice(s.start, s.end)});
  }
}

}  // namespace

Result<std::vector<QuestionHint>> HintsForQuestion(std::string_view question,
                                                   std::string_view language) {
  const RuleSets& sets = AllRuleSets();
  const auto it = sets.find(language);
  if (it == sets.end()) {
    return InvalidArgument("There are no question hints for the language \"" +
                           std::string(language) + "\"; use en, fr or nl.");
  }
  if (!it->second.ok()) return it->second.status();
  if (!IsValidUtf8(question)) return InvalidArgument("The question is not valid UTF-8.");
  const RuleSet& set = *it->second;
  const Text text(question);

  std::vector<QuestionHint> hints;
  // CH-8: one question at a time. One hint is enough however many questions are stacked.
  std::optional<Span> second = SecondQuestionByMarks(text);
  if (!second) {
    const std::vector<Span> joined = FindAll(set.joined, text);
    if (!joined.empty()) second = joined.front();
  }
  if (!second) second = SecondQuestionByClauses(set, text);
  if (second) AddHints(hints, "multiple_questions", {*second}, text);

  AddHints(hints, "leading", FindAll(set.leading, text), text);
  AddHints(hints, "judging", FindAll(set.judging, text), text);
  if (const std::size_t words = CountWords(text); words > set.max_words) {
    hints.push_back({kRule, "too_long",
                     "This question has " + std::to_string(words) + " words; keep it to " +
                         std::to_string(set.max_words) +
                         " or fewer so it is easy to interpret and to understand.",
                     0, 0, ""});
  }
  AddHints(hints, "jargon", FindAll(set.jargon, text), text);
  return hints;
}

std::vector<std::string> HintLanguages() {
  std::vector<std::string> languages;
  for (const auto& [language, set] : AllRuleSets()) languages.push_back(language);
  return languages;
}

}  // namespace verbatim::interview
