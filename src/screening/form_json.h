#pragma once

#include "base/json.h"
#include "screening/engine.h"
#include "screening/form.h"

namespace verbatim::screening {

/// The form as the web wizard reads it: {"id","title","languages":[{"code","name","reviewed",
/// "rtl"}],"questions":[{"name","type","label":{code:text},"hint":{…},"required","appearance",
/// "constraint_message","choices":[{"name","label","marker"}],"children":[…]}]}. Types are the
/// XLSForm ones, with "group" and "repeat" holding their questions in `children`; `marker` is
/// "*", "+", "*+" or null (UN-10). A label without a language goes under the form's
/// default_language setting, or "default".
Json FormToJson(const Form& form);

/// The languages only: {"id","title","languages":[…]}.
Json FormSummaryToJson(const Form& form);

/// {"relevant":[path,…],"issues":[{"path","message"}],"complete":bool,
///  "choices":{path:[choice names]}}; `choices` has an entry for each relevant question with a
/// choice_filter: the choices it offers for the answers so far.
Json FormCheckToJson(const FormCheck& check);

}  // namespace verbatim::screening
