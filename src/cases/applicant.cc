#include "cases/applicant.h"

#include <algorithm>
#include <chrono>

#include "base/text.h"
#include "cases/iso_codes.h"

namespace verbatim::cases {
namespace {

constexpr std::size_t kMaxNameCharacters = 200;

std::size_t CountCharacters(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool HasControlCharacters(const std::string& s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

void CheckName(const std::string& field, const std::string& value,
               std::vector<FieldError>& errors) {
  if (!IsValidUtf8(value)) {
    errors.push_back({field, "The text is not valid UTF-8."});
  } else if (CountCharacters(value) > kMaxNameCharacters) {
    errors.push_back({field, "At most 200 characters."});
  } else if (HasControlCharacters(value)) {
    errors.push_back({field, "Line breaks and control characters are not allowed in a name."});
  }
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A date of birth may be partial (UNHCR and asylum files record "1990" or "1990-05" when the
// day is unknown); whatever is given must be a real date, not in the future, not before 1900.
std::string CheckDateOfBirth(const std::string& dob, TimePoint today) {
  using namespace std::chrono;
  const std::string hint = "Use YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known.";
  if (dob.empty()) return "The date of birth is required; give at least the year.";
  const auto parts_ok = (dob.size() == 4 && AllDigits(dob)) ||
                        (dob.size() == 7 && dob[4] == '-' && AllDigits(dob.substr(0, 4)) &&
                         AllDigits(dob.substr(5, 2))) ||
                        (dob.size() == 10 && dob[4] == '-' && dob[7] == '-' &&
                         AllDigits(dob.substr(0, 4)) && AllDigits(dob.substr(5, 2)) &&
                         AllDigits(dob.substr(8, 2)));
  if (!parts_ok) return "'" + dob + "' is not a date. " + hint;
  const int y = std::stoi(dob.substr(0, 4));
  const unsigned m = dob.size() >= 7 ? std::stoul(dob.substr(5, 2)) : 1;
  const unsigned d = dob.size() == 10 ? std::stoul(dob.substr(8, 2)) : 1;
  const year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok()) return "'" + dob + "' is not a real calendar date.";
  if (y < 1900) return "The year of birth must be 1900 or later.";
  if (sys_days(ymd) > floor<days>(today)) return "The date of birth is in the future.";
  return {};
}

}  // namespace

Applicant Normalise(Applicant a) {
  a.family_name = Trim(a.family_name);
  a.given_names = Trim(a.given_names);
  a.names_original_script = Trim(a.names_original_script);
  a.date_of_birth = Trim(a.date_of_birth);
  a.nationality = Trim(a.nationality);
  std::transform(a.nationality.begin(), a.nationality.end(), a.nationality.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  std::vector<std::string> languages;
  for (std::string code : a.languages) {
    code = Trim(code);
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!code.empty() && std::find(languages.begin(), languages.end(), code) == languages.end()) {
      languages.push_back(code);
    }
  }
  a.languages = std::move(languages);
  return a;
}

std::vector<FieldError> Validate(const Applicant& a, TimePoint today) {
  std::vector<FieldError> errors;
  if (a.family_name.empty() && a.given_names.empty()) {
    errors.push_back({"family_name", "Give the family name, the given names, or both."});
  }
  CheckName("family_name", a.family_name, errors);
  CheckName("given_names", a.given_names, errors);
  CheckName("names_original_script", a.names_original_script, errors);
  if (std::string problem = CheckDateOfBirth(a.date_of_birth, today); !problem.empty()) {
    errors.push_back({"date_of_birth", problem});
  }
  if (!IsIso3166Alpha2(a.nationality)) {
    errors.push_back({"nationality", "'" + a.nationality +
                                         "' is not an ISO 3166 country code; use two letters, "
                                         "e.g. SY for Syria, AF for Afghanistan."});
  }
  for (const auto& code : a.languages) {
    const bool three_letter = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) {
                                return c >= 'a' && c <= 'z';
                              });
    if (!IsIso639Alpha2(code) && !three_letter) {
      errors.push_back({"languages", "'" + code +
                                         "' is not an ISO 639 language code, e.g. ar, fa, ps, "
                                         "or prs for Dari."});
    }
  }
  return errors;
}

}  // namespace verbatim::cases
