#pragma once

#include <string>
#include <vector>

#include "screening/form.h"

namespace verbatim::screening {

/// A language a form can be asked in, for the wizard's language choice.
struct FormLanguage {
  std::string code;  // "en"
  std::string name;  // "English", from the `label::English (en)` column
  /// Settings `language_reviewed::<code>` is "yes": a fluent reviewer has checked the labels.
  /// Unreviewed labels are shown with a warning, never hidden (UN-3: better a draft than none).
  bool reviewed = false;
  bool rtl = false;  // written right to left (Arabic, Persian, Pashto, Urdu, Hebrew, …)
};

/// The languages of `form` in sheet order.
std::vector<FormLanguage> FormLanguages(const Form& form);

/// Whether the ISO 639 code's script is written right to left.
bool IsRightToLeft(const std::string& code);

}  // namespace verbatim::screening
