#pragma once

#include <string>
#include <vector>

#include "base/json.h"
#include "base/result.h"
#include "screening/form.h"

namespace verbatim::screening {

/// One selected choice that carries an Annex 1 marker.
struct Indicator {
  std::string question;  // the question's path, e.g. "reasons" or "route[1]/transport"
  std::string choice;
  bool protection = false;   // '*'
  bool trafficking = false;  // '+'

  /// "*", "+" or "*+", as printed in Annex 1.
  std::string marker() const;
};

/// What the markers of the selected answers say (UN-10).
struct IndicatorSummary {
  /// Any '*' answer: refer to the asylum procedure and inform about UNHCR.
  bool potential_asylum_seeker = false;
  /// Any '+' answer: activate the national protection mechanism for trafficking victims.
  bool potential_trafficking_victim = false;
  std::vector<Indicator> indicators;
};

/// Collects the marked choices among the relevant answers. Both flags can hold at once (UN-10).
Result<IndicatorSummary> FindIndicators(const Form& form, const Json& answers);

}  // namespace verbatim::screening
