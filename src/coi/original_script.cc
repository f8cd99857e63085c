#include "coi/original_script.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>

namespace verbatim::coi {
namespace {

constexpr UChar32 kAlef = 0x0627, kWaw = 0x0648, kBeh = 0x0628, kLam = 0x0644;

icu::UnicodeString FromUtf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
}

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool IsArabicLetter(UChar32 c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D5) ||
         (c >= 0x06FA && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F);
}

// One letter for every spelling of it that the languages written in Arabic script use.
UChar32 FoldLetter(UChar32 c) {
  switch (c) {
    case 0x064A:      // ي Arabic yeh
    case 0x0649:      // ى alef maksura
    case 0x06CD:      // ۍ Pashto yeh with tail
    case 0x06D0:      // ې Pashto yeh
    case 0x06D2:      // ے Urdu yeh barree
      return 0x06CC;  // ی Persian yeh
    case 0x0643:      // ك Arabic kaf
    case 0x06AA:      // ڪ swash kaf
      return 0x06A9;  // ک keheh
    case 0x0629:      // ة teh marbuta
    case 0x06D5:      // ە ae (Kurdish; also ۀ once MatchKey drops its hamza)
    case 0x06C1:      // ہ Urdu heh goal
    case 0x06C3:      // ۃ Urdu teh marbuta goal
    case 0x06BE:      // ھ heh doachashmee
      return 0x0647;  // ه heh
    case 0x0671:      // ٱ alef wasla
      return kAlef;
    default:
      return c;
  }
}

}  // namespace

bool HasArabicScript(std::string_view key) {
  // Arabic letters are two-byte UTF-8 sequences led by 0xD8..0xDD.
  return std::any_of(key.begin(), key.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xD8 && b <= 0xDD;
  });
}

std::string FoldArabicScript(std::string key) {
  if (!HasArabicScript(key)) return key;
  const icu::UnicodeString in = FromUtf8(key);
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length(); i = in.moveIndex32(i, 1)) {
    const UChar32 c = in.char32At(i);
    if (c == 0x0621) continue;  // ء standalone hamza: "صنعاء" and "صنعا" are one name
    out.append(FoldLetter(c));
  }
  return ToUtf8(out);
}

std::vector<std::string> WithoutAttachedParticles(const std::string& folded_word) {
  const icu::UnicodeString word = FromUtf8(folded_word);
  if (word.length() == 0 || !IsArabicLetter(word.char32At(0))) return {};
  // The definite article ال alone is never stripped: "المشهد" is "the scene", not Mashhad, and
  // Arabic writes the article as part of the names that have it ("الموصل").
  std::vector<icu::UnicodeString> forms;
  const bool waw = word.char32At(0) == kWaw;
  for (int32_t start : {0, 1}) {
    if (start == 1 && !waw) break;
    const icu::UnicodeString rest = word.tempSubString(start);
    if (start == 1) forms.push_back(rest);  // "وكابل" → "کابل"
    if (rest.length() < 2) continue;
    const UChar32 particle = rest.char32At(0);
    if (particle == kBeh || particle == kLam) forms.push_back(rest.tempSubString(1));
    // ل before the article drops its alef: "للموصل" is ل + "الموصل".
    if (particle == kLam && rest.char32At(1) == kLam) {
      icu::UnicodeString with_article(kAlef);
      with_article.append(rest.tempSubString(1));
      forms.push_back(with_article);
    }
  }
  std::stable_sort(forms.begin(), forms.end(),
                   [](const auto& a, const auto& b) { return a.length() > b.length(); });
  std::vector<std::string> out;
  for (const auto& form : forms) {
    if (form.isEmpty()) continue;
    std::string utf8 = ToUtf8(form);
    if (std::find(out.begin(), out.end(), utf8) == out.end()) out.push_back(std::move(utf8));
  }
  return out;
}

std::size_t MinimumNameLetters(std::string_view key) {
  const icu::UnicodeString s = FromUtf8(key);
  if (s.length() == 0) return 3;
  const UChar32 c = s.char32At(0);
  const bool ethiopic = (c >= 0x1200 && c <= 0x139F) || (c >= 0x2D80 && c <= 0x2DDF);
  return ethiopic ? 2 : 3;
}

bool WrittenWithoutCapitals(std::string_view key) {
  const icu::UnicodeString s = FromUtf8(key);
  if (s.length() == 0) return false;
  const UChar32 c = s.char32At(0);
  return c >= 0x10D0 && c <= 0x10FF;  // Georgian Mkhedruli
}

bool WrittenInScript(std::string_view text, std::string_view iso15924) {
  constexpr std::array<std::pair<std::string_view, UScriptCode>, 4> kScripts = {{
      {"Arab", USCRIPT_ARABIC},
      {"Ethi", USCRIPT_ETHIOPIC},
      {"Geor", USCRIPT_GEORGIAN},
      {"Armn", USCRIPT_ARMENIAN},
  }};
  const auto it = std::find_if(kScripts.begin(), kScripts.end(),
                               [&](const auto& s) { return s.first == iso15924; });
  if (it == kScripts.end()) return false;
  const icu::UnicodeString s = FromUtf8(text);
  if (s.length() == 0) return false;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    const UChar32 c = s.char32At(i);
    if (c == ' ' || c == 0x200C || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) continue;
    UErrorCode status = U_ZERO_ERROR;
    if (!u_isalpha(c) || uscript_getScript(c, &status) != it->second || U_FAILURE(status))
      return false;
  }
  return true;
}

}  // namespace verbatim::coi
