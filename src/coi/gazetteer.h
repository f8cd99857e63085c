#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "coi/extract_tokens.h"

namespace verbatim::coi {

/// What a name in the gazetteer stands for.
enum class PlaceKind { kCountry, kRegion, kCity };

/// "country", "region", "city".
std::string_view PlaceKindName(PlaceKind kind);

/// A place the gazetteer knows.
struct Place {
  std::string name;     // as GeoNames or data/codes write it ("Herāt", "Afghanistan")
  std::string country;  // ISO 3166-1 alpha-2 ("AF"; "XK" for Kosovo, as GeoNames has it)
  PlaceKind kind = PlaceKind::kCity;
};

/// A name found in a text, with every place it can stand for (one name, several countries).
struct PlaceMention {
  std::size_t first_word = 0;  // index into the words the text was split into
  std::size_t word_count = 0;
  std::vector<Place> places;
};

/// Places in text: the GeoNames cities of 15,000 inhabitants or more with their first-level
/// regions (data/gazetteer, CC BY 4.0) and the country names of data/codes in English, Arabic
/// and Russian, compiled into the binary. Matching rules (docs/coi.md, "Statements beside the
/// sources"): whole words, longest name first, compared as MatchKey; in a script with case the
/// name must begin with a capital letter; names shorter than three letters and the common
/// English words of data/gazetteer/common-words.txt are never taken for places; a Cyrillic word
/// also matches the Latin name it transliterates to ("Кабул" → Kabul), and a capitalised one
/// that is a Russian case form matches through its nominative ("в Кабуле", russian_forms.h).
/// Cities also have the original-script spellings of data/gazetteer/original-script-names.csv
/// (Arabic, Persian, Pashto, Urdu, Kurdish, Amharic/Tigrinya, Georgian, Armenian), which stand
/// for the GeoNames Place of their geonameid; Arabic-script keys are folded (FoldArabicScript) and a word may
/// carry the particles Arabic attaches ("بالموصل" → Mosul, original_script.h). Immutable once
/// built, so thread-safe.
class Gazetteer {
 public:
  /// The shipped gazetteer, built on first use (about 40,000 names).
  static const Gazetteer& Shipped();

  /// Builds one from the files' contents; InvalidArgument naming the file and record that is
  /// broken. `original_script_csv` (geonameid,name,script,language) may be empty; each of its
  /// rows must name a geonameid of `cities_csv` and be written in the script it declares.
  static Result<Gazetteer> Build(std::string_view cities_csv, std::string_view countries_csv,
                                 std::string_view common_words,
                                 std::string_view original_script_csv = {});

  /// The names in `words`, left to right, each the longest that matches at its place; mentions
  /// do not overlap.
  std::vector<PlaceMention> Find(const std::vector<TextWord>& words) const;

  /// The country's English short name ("Afghanistan") or "" when unknown.
  std::string CountryName(const std::string& code) const;

  std::size_t size() const { return entries_; }

 private:
  struct Candidate {
    std::vector<std::string> words;  // MatchKey of the name, word by word
    std::vector<Place> places;
  };
  void Add(const std::string& name, Place place);
  void AddKey(const std::string& key, Place place);
  Status AddOriginalScriptNames(std::string_view csv,
                                const std::unordered_map<std::string, Place>& by_geonameid);
  const Candidate* Longest(const std::vector<std::string>& keys,
                           const std::vector<std::string>& latin, std::size_t at,
                           const std::string& first_key) const;

  std::unordered_map<std::string, std::vector<Candidate>> by_first_word_;
  std::unordered_map<std::string, std::string> country_names_;
  std::unordered_map<std::string, bool> common_words_;
  std::size_t entries_ = 0;
};

}  // namespace verbatim::coi
