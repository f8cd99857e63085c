#include "coi/extract_tokens.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <mutex>

namespace verbatim::coi {
namespace {

// Signs written inside names for an apostrophe, ‘ayn or hamza: dropped, never separating.
bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x02BB || c == 0x02BC || c == 0x02BE ||
         c == 0x02BF || c == '`' || c == 0x00B4;
}

bool IsWordChar(UChar32 c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_MC_MASK)) != 0;
}

UScriptCode ScriptOf(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return U_FAILURE(status) ? USCRIPT_COMMON : script;
}

}  // namespace

std::string MatchKey(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  if (U_SUCCESS(status)) {
    icu::UnicodeString decomposed = nfd->normalize(in, status);
    if (U_SUCCESS(status)) in = decomposed;
  }
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < in.length(); i = in.moveIndex32(i, 1)) {
    const UChar32 c = in.char32At(i);
    if ((U_GET_GC_MASK(c) & U_GC_MN_MASK) != 0 || IsApostrophe(c) || c == 0x0640) continue;
    if (!IsWordChar(c)) {
      space = !out.isEmpty();
      continue;
    }
    if (space) out.append(UChar32(' '));
    space = false;
    out.append(c);
  }
  out.foldCase();
  std::string key;
  out.toUTF8String(key);
  return key;
}

std::string CyrillicToLatinKey(std::string_view word) {
  static std::mutex mutex;
  static icu::Transliterator* transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::Transliterator* t =
        icu::Transliterator::createInstance("Cyrillic-Latin; Latin-ASCII", UTRANS_FORWARD, status);
    return U_SUCCESS(status) ? t : nullptr;
  }();
  if (transliterator == nullptr) return MatchKey(word);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
  {
    // ICU transliterators keep state while they run: one caller at a time.
    std::lock_guard lock(mutex);
    transliterator->transliterate(u);
  }
  std::string latin;
  u.toUTF8String(latin);
  return MatchKey(latin);
}

std::vector<TextWord> Words(std::string_view text) {
  std::vector<TextWord> words;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !IsWordChar(c)) continue;
    TextWord t;
    t.begin = static_cast<std::size_t>(start);
    t.capitalised = u_isupper(c) || u_istitle(c);
    const UScriptCode first_script = ScriptOf(c);
    t.latin = first_script == USCRIPT_LATIN;
    t.cyrillic = first_script == USCRIPT_CYRILLIC;
    t.cased_script = u_isupper(c) || u_islower(c) || u_istitle(c);
    int32_t end = i;
    while (i < length) {
      const int32_t at = i;
      UChar32 d;
      U8_NEXT(bytes, i, length, d);
      if (d >= 0 && IsWordChar(d)) {
        if (ScriptOf(d) == USCRIPT_CYRILLIC) t.cyrillic = true;
        end = i;
        continue;
      }
      // An apostrophe between two word characters belongs to the word ("Rif‘at").
      if (d >= 0 && IsApostrophe(d) && i < length) {
        int32_t peek = i;
        UChar32 next;
        U8_NEXT(bytes, peek, length, next);
        if (next >= 0 && IsWordChar(next)) continue;
      }
      i = at;
      break;
    }
    t.end = static_cast<std::size_t>(end);
    t.text = std::string(text.substr(t.begin, t.end - t.begin));
    t.key = MatchKey(t.text);
    if (!t.key.empty()) words.push_back(std::move(t));
  }
  return words;
}

}  // namespace verbatim::coi
