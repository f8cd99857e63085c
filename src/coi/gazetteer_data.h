#pragma once

#include <string_view>

// The gazetteer's data files, compiled into the binary by compare.cmake.
namespace verbatim::coi::gazetteer_data {

std::string_view CitiesCsv();          // data/gazetteer/world-cities-geonames-15000.csv
std::string_view CountriesCsv();       // data/codes/iso3166-country-codes.csv
std::string_view CommonWords();        // data/gazetteer/common-words.txt
std::string_view OriginalScriptCsv();  // data/gazetteer/original-script-names.csv

}  // namespace verbatim::coi::gazetteer_data
