#include "calendar/name_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace verbatim::calendar {
namespace {

icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

// Letters that Arabic and Persian keyboards write differently for the same name.
UChar32 UnifyArabicLetter(UChar32 c) {
  switch (c) {
    case 0x064A:      // Arabic yeh
    case 0x0649:      // alef maksura
      return 0x06CC;  // Farsi yeh
    case 0x0643:
      return 0x06A9;  // Arabic kaf → keheh
    case 0x0629:
      return 0x0647;  // teh marbuta → heh
    case 0x0671:
      return 0x0627;  // alef wasla → alef
    default:
      return c;
  }
}

bool Dropped(UChar32 c) {
  switch (u_charType(c)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:      // zero-width (non-)joiners
    case U_MODIFIER_LETTER:  // ʻ ʼ and the Arabic tatweel
    case U_MODIFIER_SYMBOL:  // ´ `
    case U_SPACE_SEPARATOR:
    case U_CONTROL_CHAR:
      return true;
    default:
      return u_ispunct(c) || u_isUWhiteSpace(c);
  }
}

}  // namespace

std::string NormalizeName(std::string_view text) {
  icu::UnicodeString folded = FromUtf8(text).foldCase();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString decomposed = nfkd->normalize(folded, status);
    if (U_SUCCESS(status)) folded = decomposed;
  }
  icu::UnicodeString out;
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    const UChar32 c = folded.char32At(i);
    if (!Dropped(c)) out.append(UnifyArabicLetter(c));
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

std::string AsciiDigits(std::string_view text) {
  const icu::UnicodeString in = FromUtf8(text);
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length(); i = in.moveIndex32(i, 1)) {
    const UChar32 c = in.char32At(i);
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
      out.append(static_cast<UChar32>('0' + u_charDigitValue(c)));
    } else {
      out.append(c);
    }
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace verbatim::calendar
