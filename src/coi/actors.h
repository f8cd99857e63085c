#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "coi/extract_tokens.h"

namespace verbatim::coi {

/// An organisation or actor that COI reports discuss (data/actors/actors.json).
struct Actor {
  std::string name;                    // as the cited report writes it
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2
  std::vector<std::string> aliases;    // other spellings, in any script
  std::string source;                  // the data/coi file that names it
};

/// An actor named in a text.
struct ActorMention {
  std::size_t first_word = 0;
  std::size_t word_count = 0;
  const Actor* actor = nullptr;
};

/// Finds actors by name or alias: whole words, longest first, compared as MatchKey (any case,
/// without diacritics). An alias written in capitals in the list ("RSF", "HTS", "ADF") is an
/// abbreviation and matches only when the text writes it in capitals too, so ordinary words are
/// never taken for one. Immutable once built, so thread-safe.
class ActorList {
 public:
  /// The shipped list, compiled into the binary, built on first use.
  static const ActorList& Shipped();

  /// Parses the list's JSON; InvalidArgument naming the entry that is wrong.
  static Result<ActorList> Parse(std::string_view json);

  std::vector<ActorMention> Find(const std::vector<TextWord>& words) const;

  const std::vector<Actor>& actors() const { return actors_; }

 private:
  struct Alias {
    std::vector<std::string> words;
    bool abbreviation = false;
    std::size_t actor = 0;
  };
  std::vector<Actor> actors_;
  std::unordered_map<std::string, std::vector<Alias>> by_first_word_;
};

}  // namespace verbatim::coi
