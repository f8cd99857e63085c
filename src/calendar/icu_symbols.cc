#include "calendar/icu_symbols.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace verbatim::calendar::icu_names {
namespace {

// Symbols are built on first use per (locale, calendar) and never freed: a handful of locales.
const icu::DateFormatSymbols* Symbols(const std::string& locale, const char* type) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::unique_ptr<icu::DateFormatSymbols>>
      cache;
  std::lock_guard lock(mutex);
  auto& slot = cache[{locale, type}];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    auto symbols =
        std::make_unique<icu::DateFormatSymbols>(icu::Locale(locale.c_str()), type, status);
    if (U_FAILURE(status)) return nullptr;
    slot = std::move(symbols);
  }
  return slot.get();
}

std::vector<std::string> ToUtf8(const icu::UnicodeString* names, int32_t count) {
  std::vector<std::string> out;
  for (int32_t i = 0; i < count; ++i) {
    std::string s;
    names[i].toUTF8String(s);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::string> Months(CalendarId calendar, std::string_view locale,
                                icu::DateFormatSymbols::DtWidthType width) {
  const char* type = IcuCalendarKeyword(calendar);
  if (type == nullptr) return {};
  const icu::DateFormatSymbols* symbols = Symbols(LocaleId(locale), type);
  if (symbols == nullptr) return {};
  int32_t count = 0;
  // Format context: ICU keeps the Afghan month names (Hamal, …) of fa_AF only there.
  const icu::UnicodeString* names =
      symbols->getMonths(count, icu::DateFormatSymbols::FORMAT, width);
  return ToUtf8(names, count);
}

}  // namespace

std::vector<std::string> MonthNames(CalendarId calendar, std::string_view locale) {
  return Months(calendar, locale, icu::DateFormatSymbols::WIDE);
}

std::vector<std::string> ShortMonthNames(CalendarId calendar, std::string_view locale) {
  return Months(calendar, locale, icu::DateFormatSymbols::ABBREVIATED);
}

std::vector<std::string> WeekdayNames(std::string_view locale) {
  const icu::DateFormatSymbols* symbols = Symbols(LocaleId(locale), "gregorian");
  if (symbols == nullptr) return {};
  int32_t count = 0;
  const icu::UnicodeString* names =
      symbols->getWeekdays(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
  // ICU's array starts with an empty entry so that UCAL_SUNDAY (1) indexes Sunday.
  if (count < 8) return {};
  return ToUtf8(names + 1, 7);
}

std::string LocaleId(std::string_view tag) {
  std::string bcp47(tag);
  for (char& c : bcp47) {
    if (c == '_') c = '-';
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(bcp47, status);
  if (U_FAILURE(status) || locale.isBogus()) return "en";
  return locale.getName();
}

}  // namespace verbatim::calendar::icu_names
