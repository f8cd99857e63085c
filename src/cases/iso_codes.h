#pragma once

#include <string_view>

namespace verbatim::cases {

/// True for an assigned ISO 3166-1 alpha-2 country code ("SY", "AF"), upper case.
bool IsIso3166Alpha2(std::string_view code);
/// True for an ISO 639-1 two-letter language code ("ar", "fa"), lower case.
bool IsIso639Alpha2(std::string_view code);

}  // namespace verbatim::cases
