#include "coi/actors.h"

#include "base/json.h"

namespace verbatim::coi {

namespace actors_data {
std::string_view ActorsJson();  // data/actors/actors.json, embedded by compare.cmake
}  // namespace actors_data

namespace {

bool IsAbbreviation(const std::string& alias) {
  int capitals = 0;
  for (unsigned char c : alias) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals >= 2;
}

// Every letter of the word in capitals (digits allowed): "RSF", "ISIS", "M23".
bool WrittenInCapitals(const std::string& text) {
  for (unsigned char c : text) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

std::vector<std::string> KeyWords(const std::string& text) {
  std::vector<std::string> out;
  for (const TextWord& t : Words(text)) out.push_back(t.key);
  return out;
}

}  // namespace

const ActorList& ActorList::Shipped() {
  static const ActorList* shipped = [] {
    auto parsed = Parse(actors_data::ActorsJson());
    // The shipped list is tested (extract_test); a broken one is a build defect.
    return new ActorList(parsed.ok() ? std::move(*parsed) : ActorList());
  }();
  return *shipped;
}

Result<ActorList> ActorList::Parse(std::string_view json) {
  VB_ASSIGN_OR_RETURN(Json doc, ParseJson(json));
  if (!doc.is_object() || !doc.contains("actors") || !doc["actors"].is_array()) {
    return InvalidArgument("data/actors/actors.json: expected an object with an 'actors' list");
  }
  ActorList list;
  for (const Json& entry : doc["actors"]) {
    const std::string where =
        "data/actors/actors.json: actor " + std::to_string(list.actors_.size() + 1);
    try {
      Actor a;
      a.name = entry.at("name").get<std::string>();
      a.countries = entry.at("countries").get<std::vector<std::string>>();
      a.aliases = entry.value("aliases", std::vector<std::string>{});
      a.source = entry.at("source").get<std::string>();
      if (a.name.empty() || a.source.empty())
        return InvalidArgument(where + ": needs a name and a source");
      list.actors_.push_back(std::move(a));
    } catch (const Json::exception& e) {
      return InvalidArgument(where + ": " + e.what());
    }
  }
  for (std::size_t i = 0; i < list.actors_.size(); ++i) {
    std::vector<std::string> spellings = list.actors_[i].aliases;
    spellings.push_back(list.actors_[i].name);
    for (const std::string& spelling : spellings) {
      std::vector<std::string> words = KeyWords(spelling);
      if (words.empty()) continue;
      auto& bucket = list.by_first_word_[words.front()];
      bucket.push_back({std::move(words), IsAbbreviation(spelling), i});
    }
  }
  return list;
}

std::vector<ActorMention> ActorList::Find(const std::vector<TextWord>& words) const {
  std::vector<ActorMention> mentions;
  for (std::size_t i = 0; i < words.size();) {
    const Alias* best = nullptr;
    if (const auto it = by_first_word_.find(words[i].key); it != by_first_word_.end()) {
      for (const Alias& alias : it->second) {
        if (alias.words.size() > words.size() - i) continue;
        if (best != nullptr && alias.words.size() <= best->words.size()) continue;
        bool all = true;
        for (std::size_t k = 0; k < alias.words.size() && all; ++k) {
          all = words[i + k].key == alias.words[k] &&
                (!alias.abbreviation || WrittenInCapitals(words[i + k].text));
        }
        if (all) best = &alias;
      }
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    mentions.push_back({i, best->words.size(), &actors_[best->actor]});
    i += best->words.size();
  }
  return mentions;
}

}  // namespace verbatim::coi
