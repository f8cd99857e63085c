#include "screening/form_registry.h"

#include <algorithm>

#include "audit/audit_log.h"
#include "base/text.h"
#include "screening/form_json.h"
#include "screening/shipped_forms.h"

namespace verbatim::screening {
namespace {

bool IsShippedId(const std::string& id) {
  const auto ids = ShippedFormIds();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Ids travel in URLs (/api/v1/screening/forms/{id}) and in screenings.form_id: keep them plain.
Status CheckFormId(const std::string& id) {
  if (id.empty()) {
    return InvalidArgument(
        "The form has no id: fill form_id in its settings sheet, or give the id to store it "
        "under.");
  }
  const bool plain = id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
                     });
  if (!plain) {
    return InvalidArgument("Form id \"" + id +
                           "\": use at most 64 letters, digits, '-', '_' or '.'.");
  }
  return Status::Ok();
}

RegisteredForm FromRow(store::ScreeningFormRow row) {
  RegisteredForm out;
  auto format = ParseFormFormat(row.format);
  auto form = format.ok() ? ReadFormContent(*format, row.content) : Result<Form>(format.status());
  if (form.ok()) {
    out.form = std::move(*form);
  } else {
    out.problem = form.status().message();
    out.form.title = row.title;
  }
  // The stored id wins over the file's form_id: the import may have named it.
  out.form.id = row.id;
  row.content.clear();
  out.stored = std::move(row);
  return out;
}

}  // namespace

bool MayImportForms(auth::Role role) { return role == auth::Role::kAdmin; }

Result<Form> FormRegistry::Find(const std::string& id) {
  if (IsShippedId(id)) return ShippedForm(id);
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto row, store::FindScreeningForm(*txn, id));
  if (!row) {
    return NotFound("No form \"" + id + "\": neither shipped nor loaded by your team.");
  }
  RegisteredForm found = FromRow(std::move(*row));
  if (!found.problem.empty()) {
    return FailedPrecondition("Form \"" + id + "\" can no longer be read: " + found.problem +
                              " Load a corrected file.");
  }
  return std::move(found.form);
}

Result<std::vector<RegisteredForm>> FormRegistry::List() {
  std::vector<RegisteredForm> out;
  for (const auto id : ShippedFormIds()) {
    VB_ASSIGN_OR_RETURN(Form form, ShippedForm(id));
    out.push_back({std::move(form), true, std::nullopt, ""});
  }
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto rows, store::ListScreeningForms(*txn));
  for (auto& row : rows) out.push_back(FromRow(std::move(row)));
  return out;
}

Result<ImportedForm> FormRegistry::Import(const auth::Principal& who, const Clock& clock,
                                          const FormUpload& upload) {
  if (!MayImportForms(who.role)) return PermissionDenied("Only an admin may load forms.");
  VB_ASSIGN_OR_RETURN(Form form, ReadFormContent(upload.format, upload.content));
  const std::string id = upload.id.empty() ? form.id : upload.id;
  VB_RETURN_IF_ERROR(CheckFormId(id));
  if (upload.file_name.size() > 255 || !IsValidUtf8(upload.file_name)) {
    return InvalidArgument("The file name must be UTF-8 text of at most 255 bytes.");
  }
  if (IsShippedId(id)) {
    return AlreadyExists("Form id \"" + id +
                         "\" is a shipped form and cannot be replaced; store your form under "
                         "another id.");
  }
  form.id = id;
  store::ScreeningFormRow row{id,
                              form.title,
                              FormFormatName(upload.format),
                              upload.file_name,
                              upload.content,
                              ToUnixMicros(clock.Now()),
                              who.username};
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(bool replaced, store::SaveScreeningForm(*txn, row));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock,
                                   {who.username, std::string(auth::RoleName(who.role)),
                                    "screening.form_import", "form:" + id, who.remote, "ok"}));
  VB_RETURN_IF_ERROR(txn->Commit());
  row.content.clear();
  return ImportedForm{{std::move(form), false, std::move(row), ""}, replaced};
}

Json RegisteredFormToJson(const RegisteredForm& f) {
  Json j = FormSummaryToJson(f.form);
  j["shipped"] = f.shipped;
  j["questions"] = CountQuestions(f.form);
  j["marked_choices"] = CountMarkedChoices(f.form);
  if (f.stored) {
    j["format"] = f.stored->format;
    j["file_name"] = f.stored->file_name;
    j["uploaded_at"] = FormatRfc3339(FromUnixMicros(f.stored->uploaded_at));
    j["uploaded_by"] = f.stored->uploaded_by;
  }
  if (!f.problem.empty()) j["problem"] = f.problem;
  return j;
}

}  // namespace verbatim::screening
