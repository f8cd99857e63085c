#pragma once

#include <string>
#include <vector>

#include "base/clock.h"

namespace verbatim::cases {

/// The person a case is about, as the officer recorded them. Names are stored exactly as typed
/// (after trimming), in any script.
struct Applicant {
  std::string family_name;
  std::string given_names;
  std::string names_original_script;
  /// "YYYY-MM-DD", or a partial "YYYY-MM" / "YYYY" when the applicant does not know the day.
  std::string date_of_birth;
  std::string nationality;             // ISO 3166-1 alpha-2, upper case
  std::vector<std::string> languages;  // ISO 639 codes, lower case
};

/// A problem with one input field, worded for the person who typed it.
struct FieldError {
  std::string field;
  std::string message;
};

/// Trims white space and normalises letter case of codes; call before Validate.
Applicant Normalise(Applicant applicant);

/// Every problem with `applicant`, or none. `today` bounds the date of birth.
std::vector<FieldError> Validate(const Applicant& applicant, TimePoint today);

}  // namespace verbatim::cases
