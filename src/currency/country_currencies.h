#pragma once

#include <string_view>

namespace verbatim::currency {

/// A country's currency as ISO 3166 and ISO 4217 list it.
struct CountryCurrency {
  std::string_view alpha3;    // "AFG"
  std::string_view currency;  // "AFN"
  std::string_view name;      // "Afghani"
};

/// The currency of a country by its ISO 3166 alpha-3 code, or nullptr.
const CountryCurrency* CurrencyOfCountry(std::string_view alpha3);
/// The first country using the ISO 4217 `code`, or nullptr for a code no country uses.
const CountryCurrency* FindCurrency(std::string_view code);

}  // namespace verbatim::currency
