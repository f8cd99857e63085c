#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "base/config.h"
#include "store/store.h"

namespace verbatim::cli {

/// Flags every command that touches data takes.
struct DataFlags {
  std::string config_file;
  std::string db;
};

/// One row of the command table (ninja's way): where it sits, what it says in --help, how it
/// adds its flags, and what it runs. `add` returns the action to run when the command was given.
struct Command {
  std::vector<std::string> path;  // {"user", "add"}
  std::string help;
  std::function<std::function<int()>(CLI::App& app)> add;
};

/// The table of every command, in --help order.
const std::vector<Command>& Commands();

/// Adds --config and --db to `app`.
void AddDataFlags(CLI::App& app, DataFlags& flags);
/// The configuration after file, environment and flags; prints the error and returns nullopt.
std::optional<Config> ResolveConfig(const DataFlags& flags);
/// Opens (and migrates) the store the flags name; prints the error and returns nullptr.
std::unique_ptr<store::Store> OpenStoreOrReport(const Config& config, int pool_size = 2);
/// The person running the CLI, as the audit log records them ("cli:alice").
auth::Principal CliOperator();
/// The user a command acts for (`--as USERNAME`): reads of case data are checked against that
/// user's role and audited under their name, as in the web application.
Result<auth::Principal> ActingUser(store::Store& store, const std::string& username);
/// Prints "verbatim: MESSAGE" to stderr and returns exit code 1.
int Fail(const std::string& message);

/// Each command file adds its rows.
void AddServeCommands(std::vector<Command>& table);
void AddUserCommands(std::vector<Command>& table);
void AddDataCommands(std::vector<Command>& table);
void AddInterviewCommands(std::vector<Command>& table);
void AddCurrencyCommands(std::vector<Command>& table);
void AddDateCommands(std::vector<Command>& table);
void AddDeadlineCommands(std::vector<Command>& table);
void AddCoiCommands(std::vector<Command>& table);
void AddScreenCommands(std::vector<Command>& table);
void AddFormCommands(std::vector<Command>& table);
void AddGuideCommands(std::vector<Command>& table);
void AddTranscribeCommands(std::vector<Command>& table);

}  // namespace verbatim::cli
