#include "coi/gazetteer.h"

#include <algorithm>
#include <array>
#include <mutex>

#include "coi/gazetteer_csv.h"
#include "coi/gazetteer_data.h"
#include "coi/original_script.h"
#include "coi/russian_forms.h"

namespace verbatim::coi {

namespace {

// The ISO 3166 short names ("Iran, Islamic Republic of") that the GeoNames extract uses and
// data/codes words differently; read off the two files, not invented.
constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kIsoStyleNames = {{
    {"Saint Helena, Ascension and Tristan da Cunha", "SH"},
    {"Virgin Islands, U.S.", "VI"},
    {"Virgin Islands, British", "VG"},
    {"Micronesia, Federated States of", "FM"},
    {"Korea, Democratic People's Republic of", "KP"},
    {"Taiwan, Province of China", "TW"},
    {"Congo, The Democratic Republic of the", "CD"},
    {"Bolivia, Plurinational State of", "BO"},
    {"Holy See (Vatican City State)", "VA"},
    {"Venezuela, Bolivarian Republic of", "VE"},
    {"Moldova, Republic of", "MD"},
    {"United States", "US"},
    {"United Kingdom", "GB"},
    {"Falkland Islands (Malvinas)", "FK"},
    {"Svalbard and Jan Mayen", "SJ"},
    {"Korea, Republic of", "KR"},
    {"Iran, Islamic Republic of", "IR"},
    {"Palestine, State of", "PS"},
    {"Wallis and Futuna", "WF"},
    {"Côte d'Ivoire", "CI"},
    {"Tanzania, United Republic of", "TZ"},
}};

// "Iran (Islamic Republic of)" → "Iran"; "State of Palestine (the) *" → "State of Palestine";
// "إيران (جمهورية - الإسلامية)" → "إيران".
std::string ShortForm(std::string name) {
  if (auto paren = name.find(" ("); paren != std::string::npos) name.resize(paren);
  while (!name.empty() && (name.back() == '*' || name.back() == ' ')) name.pop_back();
  return name;
}

std::vector<std::string> SplitWords(const std::string& key) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= key.size()) {
    const std::size_t space = key.find(' ', start);
    const std::size_t end = space == std::string::npos ? key.size() : space;
    if (end > start) out.push_back(key.substr(start, end - start));
    if (space == std::string::npos) break;
    start = space + 1;
  }
  return out;
}

std::size_t Letters(const std::string& key) {
  std::size_t n = 0;
  for (unsigned char c : key) {
    if ((c & 0xC0) != 0x80 && c != ' ') ++n;  // UTF-8 lead bytes: one per code point
  }
  return n;
}

// Which of two places of one name in one country the name stands for: the country, then the
// city, then the region.
int Rank(PlaceKind kind) {
  return kind == PlaceKind::kCountry ? 0 : kind == PlaceKind::kCity ? 1 : 2;
}

int ColumnOf(const std::vector<std::string>& header, std::string_view name) {
  const auto it = std::find(header.begin(), header.end(), name);
  return it == header.end() ? -1 : static_cast<int>(it - header.begin());
}

}  // namespace

std::string_view PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry:
      return "country";
    case PlaceKind::kRegion:
      return "region";
    case PlaceKind::kCity:
      return "city";
  }
  return "city";
}

const Gazetteer& Gazetteer::Shipped() {
  static const Gazetteer* shipped = [] {
    auto built = Build(gazetteer_data::CitiesCsv(), gazetteer_data::CountriesCsv(),
                       gazetteer_data::CommonWords(), gazetteer_data::OriginalScriptCsv());
    // The shipped files are tested (extract_test); a broken one is a build defect.
    return new Gazetteer(built.ok() ? std::move(*built) : Gazetteer());
  }();
  return *shipped;
}

void Gazetteer::Add(const std::string& name, Place place) {
  AddKey(FoldArabicScript(MatchKey(name)), std::move(place));
}

void Gazetteer::AddKey(const std::string& key, Place place) {
  if (key.empty()) return;
  std::vector<std::string> words = SplitWords(key);
  auto& list = by_first_word_[words.front()];
  for (Candidate& c : list) {
    if (c.words != words) continue;
    for (Place& p : c.places) {
      if (p.country != place.country) continue;
      // One name, one country: a city outranks the region of the same name, a country both.
      if (Rank(place.kind) < Rank(p.kind)) p = std::move(place);
      return;
    }
    c.places.push_back(std::move(place));
    ++entries_;
    return;
  }
  list.push_back({std::move(words), {std::move(place)}});
  ++entries_;
}

Status Gazetteer::AddOriginalScriptNames(
    std::string_view csv, const std::unordered_map<std::string, Place>& by_geonameid) {
  const std::string kFile = "data/gazetteer/original-script-names.csv";
  VB_ASSIGN_OR_RETURN(auto rows, ParseCsv(csv, kFile));
  if (rows.empty()) return Status::Ok();
  const auto& header = rows.front();
  if (header != std::vector<std::string>{"geonameid", "name", "script", "language"}) {
    return InvalidArgument(kFile + ": record 1 must be geonameid,name,script,language");
  }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    const std::string where = kFile + ": record " + std::to_string(r + 1);
    if (row.size() != 4) {
      return InvalidArgument(where + " has " + std::to_string(row.size()) +
                             " fields; expected geonameid,name,script,language");
    }
    const auto place = by_geonameid.find(row[0]);
    if (place == by_geonameid.end()) {
      return InvalidArgument(where + ": geonameid " + row[0] +
                             " is not a city of world-cities-geonames-15000.csv");
    }
    if (!WrittenInScript(row[1], row[2])) {
      return InvalidArgument(where + ": \"" + row[1] + "\" is not written in script " + row[2] +
                             " (Arab, Ethi, Geor or Armn)");
    }
    const std::string key = FoldArabicScript(MatchKey(row[1]));
    AddKey(key, place->second);
    // Persian and Urdu write a compound name with a space, a ZWNJ or neither ("مزار شریف",
    // "مزارشریف"); the words already split at a space or ZWNJ, the joined form is added here.
    if (HasArabicScript(key) && key.find(' ') != std::string::npos) {
      std::string joined = key;
      std::erase(joined, ' ');
      AddKey(joined, place->second);
    }
  }
  return Status::Ok();
}

Result<Gazetteer> Gazetteer::Build(std::string_view cities_csv, std::string_view countries_csv,
                                   std::string_view common_words,
                                   std::string_view original_script_csv) {
  Gazetteer g;
  std::size_t start = 0;
  while (start < common_words.size()) {
    std::size_t end = common_words.find('\n', start);
    if (end == std::string_view::npos) end = common_words.size();
    std::string_view line = common_words.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    g.common_words_[MatchKey(line)] = true;
  }

  VB_ASSIGN_OR_RETURN(auto countries,
                      ParseCsv(countries_csv, "data/codes/iso3166-country-codes.csv"));
  if (countries.empty()) return InvalidArgument("data/codes/iso3166-country-codes.csv is empty");
  const auto& header = countries.front();
  const int code_column = ColumnOf(header, "ISO3166-1-Alpha-2");
  const int short_column = ColumnOf(header, "CLDR display name");
  if (code_column < 0 || short_column < 0) {
    return InvalidArgument(
        "data/codes/iso3166-country-codes.csv:1: no ISO3166-1-Alpha-2 or "
        "CLDR display name column");
  }
  std::unordered_map<std::string, std::string> code_of_name;
  const std::array<std::string_view, 7> name_columns = {
      "CLDR display name",   "official_name_en", "UNTERM English Short", "official_name_ar",
      "UNTERM Arabic Short", "official_name_ru", "UNTERM Russian Short"};
  for (std::size_t r = 1; r < countries.size(); ++r) {
    const auto& row = countries[r];
    if (static_cast<int>(row.size()) <= std::max(code_column, short_column)) continue;
    const std::string& code = row[code_column];
    if (code.size() != 2) continue;
    g.country_names_[code] = row[short_column];
    for (std::string_view column : name_columns) {
      const int c = ColumnOf(header, column);
      if (c < 0 || c >= static_cast<int>(row.size()) || row[c].empty()) continue;
      code_of_name[row[c]] = code;
      const std::string name = ShortForm(row[c]);
      if (!name.empty()) g.Add(name, {name, code, PlaceKind::kCountry});
    }
  }
  for (const auto& [name, code] : kIsoStyleNames) code_of_name[std::string(name)] = code;
  code_of_name["No country found for alpha-2 code: XK"] = "XK";  // Kosovo in the extract
  g.country_names_.emplace("XK", "Kosovo");

  VB_ASSIGN_OR_RETURN(auto cities,
                      ParseCsv(cities_csv, "data/gazetteer/world-cities-geonames-15000.csv"));
  std::unordered_map<std::string, Place> city_of_geonameid;
  for (std::size_t r = 1; r < cities.size(); ++r) {
    const auto& row = cities[r];
    if (row.size() < 4) {
      return InvalidArgument("data/gazetteer/world-cities-geonames-15000.csv: record " +
                             std::to_string(r + 1) + " has " + std::to_string(row.size()) +
                             " fields; expected name,country,subcountry,geonameid");
    }
    const auto code = code_of_name.find(row[1]);
    if (code == code_of_name.end()) continue;  // a country no code names: left out, not guessed
    g.Add(row[0], {row[0], code->second, PlaceKind::kCity});
    city_of_geonameid[row[3]] = {row[0], code->second, PlaceKind::kCity};
    if (!row[2].empty() && row[2] != "N/A")
      g.Add(row[2], {row[2], code->second, PlaceKind::kRegion});
  }
  VB_RETURN_IF_ERROR(g.AddOriginalScriptNames(original_script_csv, city_of_geonameid));
  return g;
}

// The longest name that begins at words[at] when that word's key is `first_key` (the word's own
// key, its transliteration, or a form without attached particles); later words compare by their
// folded key or transliteration.
const Gazetteer::Candidate* Gazetteer::Longest(const std::vector<std::string>& keys,
                                               const std::vector<std::string>& latin,
                                               std::size_t at, const std::string& first_key) const {
  if (first_key.empty()) return nullptr;
  const auto it = by_first_word_.find(first_key);
  if (it == by_first_word_.end()) return nullptr;
  const Candidate* best = nullptr;
  for (const Candidate& c : it->second) {
    if (c.words.size() > keys.size() - at) continue;
    if (best != nullptr && c.words.size() <= best->words.size()) continue;
    bool all = true;
    for (std::size_t k = 1; k < c.words.size() && all; ++k) {
      all = keys[at + k] == c.words[k] || (!latin[at + k].empty() && latin[at + k] == c.words[k]);
    }
    if (!all) continue;
    if (c.words.size() == 1 && (Letters(c.words[0]) < MinimumNameLetters(c.words[0]) ||
                                common_words_.contains(c.words[0]))) {
      continue;
    }
    best = &c;
  }
  return best;
}

std::vector<PlaceMention> Gazetteer::Find(const std::vector<TextWord>& words) const {
  std::vector<PlaceMention> mentions;
  std::vector<std::string> keys(words.size());   // MatchKey, Arabic script folded
  std::vector<std::string> latin(words.size());  // transliterated Cyrillic words, when any
  for (std::size_t i = 0; i < words.size(); ++i) {
    keys[i] = FoldArabicScript(words[i].key);
    if (words[i].cyrillic) latin[i] = CyrillicToLatinKey(words[i].text);
  }
  for (std::size_t i = 0; i < words.size();) {
    const TextWord& first = words[i];
    // In a script with case, a place name is written with a capital letter ("Ghazni", not the
    // word "ghazni" in a longer one); this is what keeps "march" or "hit" from being places.
    // Georgian has capitals in Unicode but does not use them in running text.
    if (first.cased_script && !first.capitalised && !WrittenWithoutCapitals(first.key)) {
      ++i;
      continue;
    }
    const Candidate* best = Longest(keys, latin, i, keys[i]);
    if (const Candidate* c = Longest(keys, latin, i, latin[i]);
        c != nullptr && (best == nullptr || c->words.size() > best->words.size())) {
      best = c;
    }
    // "بالموصل", "وكابل": a word that is not itself a name may be one behind attached particles.
    if (best == nullptr && HasArabicScript(keys[i])) {
      for (const std::string& form : WithoutAttachedParticles(keys[i])) {
        best = Longest(keys, latin, i, form);
        if (best != nullptr) break;
      }
    }
    // "в Кабуле", "из Москвы": Russian declines place names; try the nominative it comes from.
    if (best == nullptr && first.cyrillic && first.capitalised) {
      for (const std::string& form : RussianBaseForms(first.text)) {
        best = Longest(keys, latin, i, MatchKey(form));
        if (best == nullptr) best = Longest(keys, latin, i, CyrillicToLatinKey(form));
        if (best != nullptr) break;
      }
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    mentions.push_back({i, best->words.size(), best->places});
    i += best->words.size();
  }
  return mentions;
}

std::string Gazetteer::CountryName(const std::string& code) const {
  const auto it = country_names_.find(code);
  return it == country_names_.end() ? std::string() : it->second;
}

}  // namespace verbatim::coi
