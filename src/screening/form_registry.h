#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "base/clock.h"
#include "base/json.h"
#include "base/result.h"
#include "screening/form.h"
#include "screening/form_file.h"
#include "store/screening_form_table.h"
#include "store/store.h"

namespace verbatim::screening {

/// A form as the registry lists it: shipped (compiled in) or stored (loaded by a team).
struct RegisteredForm {
  Form form;
  bool shipped = false;
  /// For a stored form: who loaded it when, from which file (content left empty).
  std::optional<store::ScreeningFormRow> stored;
  /// A stored form that the current reader no longer accepts: its message; `form` then holds only
  /// the id and title. Listed, so that an admin sees it and loads a corrected file.
  std::string problem;
};

/// A form file as a team loads it.
struct FormUpload {
  FormFormat format = FormFormat::kJson;
  std::string file_name;
  std::string content;  // see ReadFormContent
  /// The id to store the form under; "" takes the settings' form_id.
  std::string id;
};

struct ImportedForm {
  RegisteredForm form;
  bool replaced = false;  // a stored form with this id existed and was replaced
};

/// Whether `role` may load forms: admins only (issue 5).
bool MayImportForms(auth::Role role);

/// Every form the screening can use (issue 5): the shipped forms first, then those a team loaded.
/// Screenings name their form by id, so every lookup goes through here. Holds references only.
class FormRegistry {
 public:
  explicit FormRegistry(store::Store& store) : store_(store) {}

  /// The form with `id`: a shipped one, else a stored one; NotFound names the id.
  Result<Form> Find(const std::string& id);
  /// Shipped forms in their order, then stored forms by id.
  Result<std::vector<RegisteredForm>> List();
  /// Reads the upload (InvalidArgument with the reader's sheet/row/column), stores it under its
  /// id (AlreadyExists when a shipped form has that id; a stored one is replaced) and writes the
  /// audit row `screening.form_import` (id only) in the same transaction.
  Result<ImportedForm> Import(const auth::Principal& who, const Clock& clock,
                              const FormUpload& upload);

 private:
  store::Store& store_;
};

/// {"id","title","languages":[…],"shipped","questions","marked_choices"} and, for a stored form,
/// "format","file_name","uploaded_at" (RFC 3339),"uploaded_by", and "problem" when unreadable.
Json RegisteredFormToJson(const RegisteredForm& form);

}  // namespace verbatim::screening
