#pragma once

#include <string>
#include <string_view>

namespace verbatim {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view s);

/// Unicode case folding plus NFKC (ICU), for matching names typed in any script; the stored
/// name itself is never altered.
std::string FoldForSearch(std::string_view s);

/// Trims ASCII and Unicode white space from both ends.
std::string Trim(std::string_view s);

}  // namespace verbatim
