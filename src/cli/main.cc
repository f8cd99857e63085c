// verbatim: the server and the command line, one thin main over the library (ninja's way).
#include <CLI/CLI.hpp>

#include <map>

#include "base/log.h"
#include "cli/command.h"

#ifndef VERBATIM_VERSION
#define VERBATIM_VERSION "dev"
#endif

namespace {

const char* GroupHelp(const std::string& group) {
  if (group == "user") return "manage users and roles";
  if (group == "audit") return "check the audit log";
  if (group == "interview") return "check, verify and export interview records";
  if (group == "report") return "produce documents (PDF)";
  if (group == "currency") return "exchange rates: import, convert at a date";
  if (group == "date") return "dates in other calendars, approximate dates, ages";
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  using verbatim::cli::Commands;
  CLI::App app{"Verbatim: asylum interviews, recorded verbatim, by the rules.\n"
               "Run 'verbatim COMMAND --help' for the flags of a command."};
  app.set_version_flag("--version", std::string("verbatim ") + VERBATIM_VERSION);
  app.require_subcommand(1);
  std::map<std::string, CLI::App*> groups;
  std::vector<std::pair<CLI::App*, std::function<int()>>> actions;
  for (const auto& command : Commands()) {
    CLI::App* parent = &app;
    for (std::size_t i = 0; i + 1 < command.path.size(); ++i) {
      const std::string key = command.path[i];
      if (!groups.count(key)) {
        groups[key] = parent->add_subcommand(key, GroupHelp(key));
        groups[key]->require_subcommand(1);
      }
      parent = groups[key];
    }
    CLI::App* sub = parent->add_subcommand(command.path.back(), command.help);
    actions.emplace_back(sub, command.add(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  verbatim::InitLogging("warn");
  for (auto& [sub, action] : actions) {
    if (sub->parsed()) return action();
  }
  return 2;
}
