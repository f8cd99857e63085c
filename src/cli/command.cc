#include "cli/command.h"

#include <pwd.h>
#include <unistd.h>

#include <iostream>

#include "store/user_table.h"

namespace verbatim::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> table = [] {
    std::vector<Command> t;
    AddServeCommands(t);
    AddUserCommands(t);
    AddDataCommands(t);
    AddInterviewCommands(t);
    AddCurrencyCommands(t);
    AddDateCommands(t);
    AddDeadlineCommands(t);
    AddCoiCommands(t);
    AddScreenCommands(t);
    AddFormCommands(t);
    AddGuideCommands(t);
    AddTranscribeCommands(t);
    return t;
  }();
  return table;
}

void AddDataFlags(CLI::App& app, DataFlags& flags) {
  app.add_option("--config", flags.config_file, "TOML configuration file")->check(CLI::ExistingFile);
  app.add_option("--db", flags.db,
                 "database URL: sqlite:///path/file.db or postgresql://user@host:port/dbname "
                 "(default sqlite://./var/verbatim.db)");
}

std::optional<Config> ResolveConfig(const DataFlags& flags) {
  auto config = LoadConfig(flags.config_file.empty() ? std::nullopt
                                                     : std::optional<std::string>(flags.config_file),
                           ProcessEnv());
  if (!config.ok()) {
    Fail(config.status().message());
    return std::nullopt;
  }
  if (!flags.db.empty()) config->db_url = flags.db;
  return *config;
}

std::unique_ptr<store::Store> OpenStoreOrReport(const Config& config, int pool_size) {
  auto store = store::Store::Open(config.db_url, pool_size);
  if (!store.ok()) {
    Fail(store.status().message());
    return nullptr;
  }
  return std::move(store).value();
}

auth::Principal CliOperator() {
  std::string name = "unknown";
  if (const passwd* pw = getpwuid(getuid())) name = pw->pw_name;
  return auth::Principal{0, "cli:" + name, auth::Role::kAdmin, "cli"};
}

Result<auth::Principal> ActingUser(store::Store& store, const std::string& username) {
  if (username.empty()) {
    return InvalidArgument("say whom the command acts for with --as USERNAME (an officer or "
                           "supervisor); the read is audited under that name");
  }
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto user, store::FindUserByName(*txn, username));
  if (!user || user->disabled) return NotFound("there is no active user '" + username + "'");
  const auto role = auth::ParseRole(user->role);
  if (!role) return Internal("the stored role of a user is unknown");
  return auth::Principal{user->id, user->username, *role, "cli"};
}

int Fail(const std::string& message) {
  std::cerr << "verbatim: " << message << "\n";
  return 1;
}

}  // namespace verbatim::cli
