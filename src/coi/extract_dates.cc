#include "coi/extract_dates.h"

#include <array>

#include "calendar/converter.h"
#include "calendar/name_text.h"
#include "coi/extract_tokens.h"

namespace verbatim::coi {
namespace {

using calendar::CalendarId;

// A word between white space, without the punctuation around it.
struct Piece {
  std::string text;
  std::string digits;  // text with ASCII digits (calendar::AsciiDigits)
};

bool IsEdgePunctuation(unsigned char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' ||
         c == ')' || c == '"' || c == '[' || c == ']';
}

std::string StripPunctuation(std::string word) {
  // Arabic comma, semicolon and question mark (U+060C, U+061B, U+061F) and guillemets.
  for (std::string_view mark : {"\xD8\x8C", "\xD8\x9B", "\xD8\x9F", "\xC2\xAB", "\xC2\xBB"}) {
    while (word.size() >= mark.size() &&
           word.compare(word.size() - mark.size(), mark.size(), mark) == 0) {
      word.resize(word.size() - mark.size());
    }
    while (word.compare(0, mark.size(), mark) == 0) word.erase(0, mark.size());
  }
  while (!word.empty() && IsEdgePunctuation(word.back())) word.pop_back();
  while (!word.empty() && IsEdgePunctuation(word.front())) word.erase(word.begin());
  return word;
}

std::vector<Piece> Pieces(std::string_view text) {
  std::vector<Piece> out;
  std::string current;
  auto flush = [&] {
    std::string word = StripPunctuation(std::move(current));
    current.clear();
    if (word.empty()) return;
    out.push_back({word, calendar::AsciiDigits(word)});
  };
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return out;
}

// "1398", "2019-05-12": three or four digits first, then digits and separators only.
bool StartsWithYear(const std::string& digits) {
  std::size_t n = 0;
  while (n < digits.size() && digits[n] >= '0' && digits[n] <= '9') ++n;
  if (n < 3 || n > 4) return false;
  for (std::size_t i = n; i < digits.size(); ++i) {
    const char c = digits[i];
    if (!(c >= '0' && c <= '9') && c != '-' && c != '/' && c != '.') return false;
  }
  return true;
}

bool IsBareNumber(const std::string& digits) {
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
  }
  return !digits.empty();
}

// Words after which a number counts things, not years.
bool IsUnitWord(const std::string& word) {
  static constexpr std::array<std::string_view, 24> kUnits = {
      "dollar", "dollars", "usd",  "euro",       "euros",      "eur",    "afghani", "afghanis",
      "toman",  "tomans",  "rial", "rials",      "lira",       "pounds", "people",  "persons",
      "men",    "women",   "km",   "kilometres", "kilometers", "metres", "meters",  "$"};
  const std::string key = MatchKey(word);
  for (std::string_view unit : kUnits) {
    if (key == unit) return true;
  }
  return false;
}

int GregorianYear(calendar::Day day) {
  return static_cast<int>(std::chrono::year_month_day(day).year());
}

// A bare year in the first calendar where it lands between 1900 and this year.
std::optional<calendar::ApproximateDate> BareYear(const std::string& digits, int this_year) {
  for (CalendarId id :
       {CalendarId::kGregorian, CalendarId::kPersian, CalendarId::kIslamicUmalqura}) {
    auto date = calendar::ParseApproximateDate(digits, id);
    if (!date.ok()) continue;
    const int first = GregorianYear(date->range.first);
    if (first >= 1900 && first <= this_year) return *date;
  }
  return std::nullopt;
}

std::string Join(const std::vector<Piece>& pieces, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i <= to; ++i) out += (out.empty() ? "" : " ") + pieces[i].text;
  return out;
}

}  // namespace

std::vector<PeriodMention> FindPeriods(std::string_view text, calendar::Day today) {
  const int this_year = GregorianYear(today);
  const std::vector<Piece> pieces = Pieces(text);
  std::vector<PeriodMention> found;
  std::size_t taken_until = 0;  // pieces before this index belong to an earlier date
  for (std::size_t j = 0; j < pieces.size(); ++j) {
    if (!StartsWithYear(pieces[j].digits)) continue;
    if (j + 1 < pieces.size() && IsUnitWord(pieces[j + 1].text)) continue;
    std::optional<PeriodMention> best;
    std::size_t best_last = j;
    // Longest first: three words before the number, and an era word after it.
    for (int before = 3; before >= 0 && !best; --before) {
      if (j < static_cast<std::size_t>(before) || j - before < taken_until) continue;
      const std::size_t first = j - before;
      for (std::size_t last : {j + 1, j}) {
        if (last >= pieces.size()) continue;
        if (first == j && last == j && IsBareNumber(pieces[j].digits)) continue;  // below
        auto date = calendar::ParseApproximateDate(Join(pieces, first, last));
        if (!date.ok()) continue;
        best =
            PeriodMention{date->range, date->calendar, date->precision, Join(pieces, first, last)};
        best_last = last;
        break;
      }
    }
    if (!best && IsBareNumber(pieces[j].digits)) {
      if (auto date = BareYear(pieces[j].digits, this_year)) {
        best = PeriodMention{date->range, date->calendar, date->precision, pieces[j].text};
      }
    }
    if (!best) continue;
    found.push_back(std::move(*best));
    taken_until = best_last + 1;
    j = best_last;
  }
  return found;
}

}  // namespace verbatim::coi
