// `verbatim form check|import|list`: questionnaires a team writes itself in the XLSForm
// conventions (issue 5), checked before use and stored beside the shipped forms.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/form_files.h"
#include "screening/form_languages.h"
#include "screening/form_registry.h"

namespace verbatim::cli {
namespace {

struct FormFlags {
  DataFlags data;
  std::string file;
  std::string choices;
  std::string settings;
  std::string id;
};

void PrintLanguages(const screening::Form& form) {
  std::cout << "Languages:";
  const auto languages = screening::FormLanguages(form);
  if (languages.empty()) std::cout << " (labels without a language)";
  for (const auto& l : languages) {
    std::cout << " " << l.code << " (" << l.name << (l.reviewed ? ", reviewed" : ", not reviewed")
              << ")";
  }
  std::cout << "\n";
}

void PrintForm(const screening::Form& form) {
  std::cout << "Form: " << (form.id.empty() ? "(no form_id in settings)" : form.id) << "\n";
  std::cout << "Title: " << form.title << "\n";
  PrintLanguages(form);
  std::cout << "Questions: " << screening::CountQuestions(form) << "\n";
  std::cout << "Marked choices (Annex 1 indicators): " << screening::CountMarkedChoices(form)
            << "\n";
}

int Check(const FormFlags& f) {
  auto upload = ReadFormUpload(f.file, f.choices, f.settings);
  if (!upload.ok()) return Fail(upload.status().message());
  auto form = ReadUploadedForm(f.file, *upload);
  if (!form.ok()) return Fail(form.status().message());
  PrintForm(*form);
  return 0;
}

int Import(const FormFlags& f) {
  auto upload = ReadFormUpload(f.file, f.choices, f.settings);
  if (!upload.ok()) return Fail(upload.status().message());
  // Read first so that a broken file is reported with its name before the store is opened.
  auto form = ReadUploadedForm(f.file, *upload);
  if (!form.ok()) return Fail(form.status().message());
  upload->id = f.id;
  auto config = ResolveConfig(f.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  screening::FormRegistry registry(*store);
  auto imported = registry.Import(CliOperator(), SystemClock::Instance(), *upload);
  if (!imported.ok()) return Fail(f.file + ": " + imported.status().message());
  std::cout << (imported->replaced ? "Replaced" : "Stored") << " form " << imported->form.form.id
            << " from " << upload->file_name << ".\n";
  PrintForm(imported->form.form);
  return 0;
}

int List(const FormFlags& f) {
  auto config = ResolveConfig(f.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  auto forms = screening::FormRegistry(*store).List();
  if (!forms.ok()) return Fail(forms.status().message());
  for (const auto& entry : *forms) {
    std::cout << entry.form.id << "  " << (entry.shipped ? "shipped" : "stored") << "  "
              << entry.form.title << "\n";
    if (entry.stored) {
      std::cout << "  loaded by " << entry.stored->uploaded_by << " at "
                << FormatRfc3339(FromUnixMicros(entry.stored->uploaded_at)) << " from "
                << entry.stored->file_name << " (" << entry.stored->format << ")\n";
    }
    if (!entry.problem.empty()) {
      std::cout << "  cannot be read any more: " << entry.problem << "\n";
      continue;
    }
    std::cout << "  ";
    PrintLanguages(entry.form);
    std::cout << "  Questions: " << screening::CountQuestions(entry.form)
              << ", marked choices: " << screening::CountMarkedChoices(entry.form) << "\n";
  }
  return 0;
}

void AddFileFlags(CLI::App& app, FormFlags& f) {
  app.add_option("FILE", f.file,
                 "the form: .xlsx, .json, or the survey sheet as .csv (docs/screening.md)")
      ->required();
  app.add_option("--choices", f.choices,
                 "the choices sheet of a CSV form (default: the survey file's name with "
                 "'survey' replaced by 'choices')");
  app.add_option("--settings", f.settings,
                 "the settings sheet of a CSV form (default: likewise 'settings', if it exists)");
}

}  // namespace

void AddFormCommands(std::vector<Command>& table) {
  table.push_back({{"form", "check"},
                   "read a questionnaire file (XLSForm .xlsx, .json or .csv) and summarise it",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<FormFlags>();
                     AddFileFlags(app, *f);
                     return [f] { return Check(*f); };
                   }});
  table.push_back({{"form", "import"},
                   "store a questionnaire for screenings (replaces a stored form of the same id)",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<FormFlags>();
                     AddFileFlags(app, *f);
                     app.add_option("--id", f->id,
                                    "store it under this id (default: its settings form_id)");
                     AddDataFlags(app, f->data);
                     return [f] { return Import(*f); };
                   }});
  table.push_back({{"form", "list"},
                   "the shipped and stored questionnaires",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<FormFlags>();
                     AddDataFlags(app, f->data);
                     return [f] { return List(*f); };
                   }});
}

}  // namespace verbatim::cli
