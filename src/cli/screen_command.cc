// `verbatim screen`: the identification screening at the border (issue 5; UN-4, UN-5, UN-6,
// UN-10) on the command line, from a file of answers. Stateless: nothing is stored.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/command.h"
#include "cli/form_files.h"
#include "referral/guide_directory.h"
#include "screening/form_languages.h"
#include "screening/result.h"
#include "screening/form_registry.h"
#include "screening/shipped_forms.h"

namespace verbatim::cli {
namespace {

struct ScreenFlags {
  DataFlags data;
  std::string form = "unhcr-annex1";
  std::string answers_file;
  std::string country;
  bool json = false;
  bool list_forms = false;
};

int ListForms() {
  for (const auto id : screening::ShippedFormIds()) {
    auto form = screening::ShippedForm(id);
    if (!form.ok()) return Fail(form.status().message());
    std::cout << id << "  " << form->title << "\n  languages:";
    for (const auto& language : screening::FormLanguages(*form)) {
      std::cout << " " << language.code << " (" << language.name
                << (language.reviewed ? "" : ", not reviewed") << ")";
    }
    std::cout << "\n";
  }
  return 0;
}

// The answers file as JSON; the error names the file and, for a syntax error, the line.
Result<Json> ReadAnswersFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open the file.");
  std::stringstream text;
  text << in.rdbuf();
  try {
    return Json::parse(text.str());
  } catch (const Json::parse_error& e) {
    // e.what() is "[json.exception.parse_error.101] parse error at line 3, column 5: …".
    const std::string what = e.what();
    const auto pos = what.find("] ");
    return InvalidArgument(
        path + ": not valid JSON: " + (pos == std::string::npos ? what : what.substr(pos + 2)));
  }
}

// `--form` is a file (read it), a shipped form (no store needed) or a form a team stored.
Result<screening::Form> LoadForm(const ScreenFlags& f) {
  if (IsFormPath(f.form)) {
    VB_ASSIGN_OR_RETURN(auto upload, ReadFormUpload(f.form, "", ""));
    return ReadUploadedForm(f.form, upload);
  }
  const auto shipped = screening::ShippedFormIds();
  if (std::find(shipped.begin(), shipped.end(), f.form) != shipped.end()) {
    return screening::ShippedForm(f.form);
  }
  auto config = ResolveConfig(f.data);
  if (!config) return InvalidArgument("the configuration could not be read");
  // A mistyped id must not create a database where there was none.
  constexpr std::string_view kSqlite = "sqlite://";
  if (config->db_url.rfind(kSqlite, 0) == 0 &&
      !std::filesystem::exists(config->db_url.substr(kSqlite.size()))) {
    return NotFound("No form \"" + f.form + "\": it is not shipped, and there is no database at " +
                    config->db_url + " to hold stored forms (give --db).");
  }
  auto store = OpenStoreOrReport(*config);
  if (!store) return Unavailable("the database holding stored forms could not be opened");
  auto form = screening::FormRegistry(*store).Find(f.form);
  if (!form.ok()) {
    return Status(form.status().code(), form.status().message() + " See verbatim form list.");
  }
  return form;
}

Result<std::unique_ptr<screening::AgencyDirectory>> LoadDirectory(const ScreenFlags& f) {
  if (f.country.empty()) return std::unique_ptr<screening::AgencyDirectory>();
  auto config = ResolveConfig(f.data);
  if (!config) return InvalidArgument("the configuration could not be read");
  auto store = OpenStoreOrReport(*config);
  if (!store) return Unavailable("the database could not be opened");
  return referral::LoadGuideDirectory(*store, f.country);
}

void PrintSummary(const screening::Form& form, const screening::ScreeningResult& r) {
  auto yes_no = [](bool b) { return b ? "yes" : "no"; };
  std::cout << "Form: " << form.id << " (" << form.title << ")\n";
  std::cout << "Priority: " << screening::PriorityName(r.priority)
            << (r.priority == screening::Priority::kEmergency
                    ? " (medical care comes before any question, UN-5)"
                    : "")
            << "\n";
  std::cout << "Potential asylum seeker: " << yes_no(r.potential_asylum_seeker) << "\n";
  std::cout << "Potential trafficking victim: " << yes_no(r.potential_trafficking_victim) << "\n";
  if (r.non_refoulement) {
    std::cout << "Non-refoulement applies: no return or refusal of entry may be recorded (UN-4).\n";
  }
  if (!r.specific_needs.empty()) {
    std::cout << "Specific needs:";
    for (const auto& need : r.specific_needs) std::cout << " " << need;
    std::cout << "\n";
  }
  if (!r.indicators.empty()) {
    std::cout << "Indicators (Annex 1):\n";
    for (const auto& i : r.indicators) {
      std::cout << "  " << i.question << ": " << i.choice << " " << i.marker() << "\n";
    }
  }
  if (!r.fear_expressions.empty()) {
    std::cout << "Fear of return in the statement (confirm with the person, UN-4):\n";
    for (const auto& f : r.fear_expressions) {
      std::cout << "  \"" << f.phrase << "\" (" << f.language << "): " << f.excerpt << "\n";
    }
  }
  if (r.referrals.empty()) {
    std::cout << "Referrals: none\n";
    return;
  }
  std::cout << "Referrals, in this order (UN-6):\n";
  int n = 0;
  for (const auto& ref : r.referrals) {
    std::cout << "  " << ++n << ". " << ref.category << " ["
              << screening::PriorityName(ref.priority) << "]"
              << (ref.agency ? " → " + ref.agency->name : "") << "\n     " << ref.reason << "\n";
  }
}

int Screen(const ScreenFlags& f) {
  if (f.list_forms) return ListForms();
  if (f.answers_file.empty()) {
    return Fail("give the answers file: verbatim screen --form " + f.form + " ANSWERS.json");
  }
  auto form = LoadForm(f);
  if (!form.ok()) return Fail(form.status().message());
  auto answers = ReadAnswersFile(f.answers_file);
  if (!answers.ok()) return Fail(answers.status().message());
  auto directory = LoadDirectory(f);
  if (!directory.ok()) return Fail(directory.status().message());
  auto result = screening::Screen(*form, *answers, directory->get());
  if (!result.ok()) return Fail(f.answers_file + ": " + result.status().message());
  if (f.json) {
    std::cout << screening::ResultToJson(*result).dump(2) << "\n";
  } else {
    PrintSummary(*form, *result);
  }
  return 0;
}

}  // namespace

void AddScreenCommands(std::vector<Command>& table) {
  table.push_back(
      {{"screen"},
       "screen a person's answers to a border questionnaire: indicators, fear, referrals",
       [](CLI::App& app) -> std::function<int()> {
         auto f = std::make_shared<ScreenFlags>();
         app.add_option("ANSWERS", f->answers_file,
                        "JSON object from question name to answer (see docs/screening.md)");
         app.add_option("--form", f->form,
                        "a form id, shipped or stored (verbatim form list; default unhcr-annex1), "
                        "or a form file (.xlsx, .json, NAME-survey.csv)");
         app.add_option("--country", f->country,
                        "name each referral's agency from this country's National Reference Guide "
                        "(ISO 3166 alpha-2, e.g. KZ)");
         app.add_flag("--json", f->json, "print the result as JSON");
         app.add_flag("--list-forms", f->list_forms, "list the shipped forms and their languages");
         AddDataFlags(app, f->data);
         return [f] { return Screen(*f); };
       }});
}

}  // namespace verbatim::cli
