#include "coi/russian_forms.h"

#include <array>

namespace verbatim::coi {
namespace {

std::size_t Letters(std::string_view utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

struct Ending {
  std::string_view ending;
  std::array<std::string_view, 2> nominatives;  // the first may be "" (no ending); the second
                                                // is used when not empty
};

// Longest endings first: "Сирией" must take -ией, not -ей. The nominatives are those of the
// two declensions place names take: a consonant stem (Кабул, Казахстан) and -а (Москва, Прага),
// and -ия for countries and regions (Сирия, Турция).
constexpr std::array<Ending, 13> kEndings = {{
    {"ией", {"ия", {}}},
    {"ии", {"ия", {}}},
    {"ию", {"ия", {}}},
    {"ой", {"а", {}}},
    {"ом", {"", {}}},
    {"ем", {"", {}}},
    {"ы", {"а", {}}},
    {"и", {"а", "ь"}},
    {"е", {"", "а"}},
    {"у", {"", "а"}},
    {"ю", {"ь", {}}},
    {"а", {"", {}}},
    {"я", {"ь", {}}},
}};

constexpr std::size_t kMinimumLetters = 4;

}  // namespace

std::vector<std::string> RussianBaseForms(std::string_view word) {
  std::vector<std::string> forms;
  for (const Ending& e : kEndings) {
    if (word.size() <= e.ending.size() || !word.ends_with(e.ending)) continue;
    const std::string stem(word.substr(0, word.size() - e.ending.size()));
    for (std::size_t k = 0; k < e.nominatives.size(); ++k) {
      if (k > 0 && e.nominatives[k].empty()) break;
      std::string form = stem + std::string(e.nominatives[k]);
      if (Letters(form) >= kMinimumLetters) forms.push_back(std::move(form));
    }
    return forms;
  }
  return forms;
}

}  // namespace verbatim::coi
