#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::coi {

/// The nominative forms that a Russian word may be a case form of, for the place names Russian
/// declines: "Кабуле", "Кабула", "Кабулом" → "Кабул"; "Москве", "Москвы", "Москвой" → "Москва";
/// "Сирии", "Сирию", "Сирией" → "Сирия". Russian statements put places in the prepositional
/// ("в Кабуле") or genitive ("из Кабула") far more often than in the nominative. The likeliest
/// form comes first. Empty when the word has no case ending; a form shorter than four letters is
/// left out, so that short common words ("Дома", "Потом") are never read as places. Only the word's ending is looked at; the gazetteer decides whether a form is a place.
std::vector<std::string> RussianBaseForms(std::string_view word);

}  // namespace verbatim::coi
