#include "base/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace verbatim {

bool IsValidUtf8(std::string_view s) {
  int32_t i = 0;
  const auto length = static_cast<int32_t>(s.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string FoldForSearch(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  if (U_FAILURE(status)) {
    in.foldCase();
  } else {
    icu::UnicodeString folded = nfkc_cf->normalize(in, status);
    if (U_SUCCESS(status)) in = folded; else in.foldCase();
  }
  std::string out;
  in.toUTF8String(out);
  return out;
}

std::string Trim(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  int32_t begin = 0, end = u.length();
  while (begin < end && u_isUWhiteSpace(u.char32At(begin))) begin = u.moveIndex32(begin, 1);
  while (end > begin) {
    const int32_t prev = u.moveIndex32(end, -1);
    if (!u_isUWhiteSpace(u.char32At(prev))) break;
    end = prev;
  }
  std::string out;
  u.tempSubStringBetween(begin, end).toUTF8String(out);
  return out;
}

}  // namespace verbatim
