#include "coi/extract.h"

#include <algorithm>
#include <set>

#include "base/text.h"

namespace verbatim::coi {
namespace {

constexpr std::size_t kMaxCountriesPerName = 3;

bool StartsWith(std::string_view text, std::size_t at, std::string_view mark) {
  return text.compare(at, mark.size(), mark) == 0;
}

// Sentences as byte ranges of `text`.
std::vector<std::string_view> Sentences(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  auto cut = [&](std::size_t end) {
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      cut(i);
      start = i + 1;
      continue;
    }
    std::size_t mark = 0;
    if (text[i] == '.' || text[i] == '!' || text[i] == '?') {
      mark = 1;
    } else if (StartsWith(text, i, "\xD8\x9F") || StartsWith(text, i, "\xE1\x8D\xA2")) {
      mark = StartsWith(text, i, "\xD8\x9F") ? 2 : 3;  // ؟ (U+061F), ። (U+1362)
    }
    if (mark == 0) continue;
    const std::size_t after = i + mark;
    if (after == text.size() || text[after] == ' ' || text[after] == '\n') {
      cut(after);
      i = after - 1;
    }
  }
  cut(text.size());
  return out;
}

std::string Matched(std::string_view sentence, const std::vector<TextWord>& words,
                    std::size_t first, std::size_t count) {
  const std::size_t begin = words[first].begin, end = words[first + count - 1].end;
  return std::string(sentence.substr(begin, end - begin));
}

}  // namespace

std::vector<Statement> ExtractStatements(std::string_view text, calendar::Day today,
                                         const Gazetteer& gazetteer, const ActorList& actors) {
  struct Raw {
    std::string_view sentence;
    std::vector<TextWord> words;
    std::vector<PlaceMention> places;
    std::vector<ActorMention> actors;
  };
  std::vector<Raw> raw;
  std::set<std::string> named_countries;
  for (std::string_view sentence : Sentences(text)) {
    Raw r{sentence, Words(sentence), {}, {}};
    r.places = gazetteer.Find(r.words);
    r.actors = actors.Find(r.words);
    for (const auto& m : r.places) {
      for (const Place& p : m.places) {
        if (p.kind == PlaceKind::kCountry) named_countries.insert(p.country);
      }
    }
    for (const auto& m : r.actors) {
      named_countries.insert(m.actor->countries.begin(), m.actor->countries.end());
    }
    raw.push_back(std::move(r));
  }

  std::vector<Statement> statements;
  for (const Raw& r : raw) {
    Statement s;
    s.text = Trim(r.sentence);
    for (const PlaceMention& m : r.places) {
      std::vector<Place> places = m.places;
      const bool any_named = std::any_of(places.begin(), places.end(), [&](const Place& p) {
        return named_countries.contains(p.country);
      });
      if (any_named && places.size() > 1) {
        std::erase_if(places, [&](const Place& p) { return !named_countries.contains(p.country); });
      }
      if (places.size() > kMaxCountriesPerName) places.resize(kMaxCountriesPerName);
      const std::string matched = Matched(r.sentence, r.words, m.first_word, m.word_count);
      for (const Place& p : places) {
        const bool seen = std::any_of(s.places.begin(), s.places.end(), [&](const PlaceRef& q) {
          return q.name == p.name && q.country == p.country;
        });
        if (!seen) s.places.push_back({p.name, p.country, p.kind, matched});
      }
    }
    for (const ActorMention& m : r.actors) {
      const bool seen = std::any_of(s.actors.begin(), s.actors.end(),
                                    [&](const ActorRef& a) { return a.actor == m.actor; });
      if (!seen)
        s.actors.push_back({m.actor, Matched(r.sentence, r.words, m.first_word, m.word_count)});
    }
    s.periods = FindPeriods(r.sentence, today);
    if (s.places.empty() && s.actors.empty() && s.periods.empty()) continue;
    statements.push_back(std::move(s));
  }
  return statements;
}

}  // namespace verbatim::coi
