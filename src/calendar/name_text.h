#pragma once

#include <string>
#include <string_view>

namespace verbatim::calendar {

/// The form names are compared in: case-folded, without diacritics, spaces, punctuation,
/// joiners or tatweel, with the Arabic and Persian forms of yeh, kaf and teh marbuta unified,
/// so that "Rabiʻ al-Awwal" meets "rabi al awwal",
/// and "ربيع الأول" meets "ربیع‌الاول".
std::string NormalizeName(std::string_view text);

/// `text` with every decimal digit of any script (Persian ۱۳۹۸, Arabic-Indic ١٤٤٠,
/// Devanagari २०८१, …) replaced by its ASCII digit.
std::string AsciiDigits(std::string_view text);

}  // namespace verbatim::calendar
