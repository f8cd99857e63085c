#pragma once
// A small questionnaire as a team writes it in a spreadsheet (issue 5), for the CLI and API tests
// that load a team's own form. An example: not a real agency's form.

#include <string>

#include "screening/xlsx_test_workbook.h"

namespace verbatim::testing {

/// An .xlsx form "team-intake": a yes/no question whose `yes` carries the `*` marker (UN-10), a
/// statement relevant only after `yes`, and the specific needs (UN-5); English reviewed, French
/// not. `relevant` replaces the statement's skip logic (row 3, column "relevant"), so a broken
/// expression makes the broken form.
inline std::string TeamFormXlsx(const std::string& relevant = "${fled} = 'yes'",
                                const std::string& id = "team-intake") {
  return screening::XlsxForm(
      {{"type", "name", "label::English (en)", "label::French (fr)", "relevant", "required"},
       {"select_one yn", "fled", "Did you flee because of the war?", "Avez-vous fui la guerre ?",
        "", "yes"},
       {"text", "statement", "In your own words", "Avec vos propres mots", relevant, ""},
       {"select_multiple needs", "specific_needs", "Specific needs", "Besoins spécifiques", "",
        ""}},
      {{"list_name", "name", "label::English (en)", "label::French (fr)", "marker"},
       {"yn", "yes", "Yes", "Oui", "*"},
       {"yn", "no", "No", "Non", ""},
       {"needs", "child", "Child", "Enfant", ""},
       {"needs", "medical_emergency", "Medical emergency", "Urgence médicale", ""}},
      {{"form_id", "form_title", "language_reviewed::en", "language_reviewed::fr"},
       {id, "Team intake (example)", "yes", "no"}});
}

/// The same form with a broken skip-logic expression in survey row 3, column "relevant".
inline std::string BrokenTeamFormXlsx() { return TeamFormXlsx("${fled} = "); }

}  // namespace verbatim::testing
