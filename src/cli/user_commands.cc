#include <termios.h>
#include <unistd.h>

#include <iomanip>
#include <iostream>

#include "auth/role.h"
#include "auth/user_admin.h"
#include "cli/command.h"

namespace verbatim::cli {
namespace {

struct UserFlags {
  DataFlags data;
  std::string username;
  std::string role;
  bool password_stdin = false;
};

// Reads a password without echo when standard input is a terminal.
std::optional<std::string> ReadPassword(bool from_stdin) {
  std::string password;
  if (from_stdin) {
    if (!std::getline(std::cin, password)) return std::nullopt;
    return password;
  }
  if (!isatty(STDIN_FILENO)) return std::nullopt;
  termios old{};
  tcgetattr(STDIN_FILENO, &old);
  termios quiet = old;
  quiet.c_lflag &= ~ECHO;
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::string again;
  std::cerr << "Password (at least 12 characters): ";
  std::getline(std::cin, password);
  std::cerr << "\nAgain: ";
  std::getline(std::cin, again);
  std::cerr << "\n";
  tcsetattr(STDIN_FILENO, TCSANOW, &old);
  if (password != again) return std::string("\x01mismatch");
  return password;
}

int AddUser(const UserFlags& flags) {
  const auto role = auth::ParseRole(flags.role);
  if (!role) {
    return Fail("'" + flags.role + "' is not a role; use admin, officer, supervisor, "
                "border_officer, referral_agency, lawyer or applicant");
  }
  if (Status s = auth::CheckUsername(flags.username); !s.ok()) return Fail(s.message());
  const auto password = ReadPassword(flags.password_stdin);
  if (!password) {
    return Fail("no password given: type it at the prompt, or pipe it in with --password-stdin");
  }
  if (*password == "\x01mismatch") return Fail("the two passwords differ; nothing was changed");
  auto config = ResolveConfig(flags.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  auto id = auth::CreateUser(*store, SystemClock::Instance(), CliOperator(), flags.username, *role,
                             *password);
  if (!id.ok()) return Fail(id.status().message());
  std::cout << "Created user " << flags.username << " (" << flags.role << ").\n";
  return 0;
}

int ListUsers(const DataFlags& data) {
  auto config = ResolveConfig(data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  auto users = auth::ListUsers(*store);
  if (!users.ok()) return Fail(users.status().message());
  const std::int64_t now = ToUnixMicros(SystemClock::Instance().Now());
  std::cout << std::left << std::setw(24) << "USERNAME" << std::setw(18) << "ROLE" << std::setw(10)
            << "STATE" << "CREATED\n";
  for (const auto& u : *users) {
    const char* state = u.disabled                                   ? "locked"
                        : (u.locked_until && *u.locked_until > now) ? "lockout"
                                                                     : "active";
    std::cout << std::setw(24) << u.username << std::setw(18) << u.role << std::setw(10) << state
              << FormatRfc3339(FromUnixMicros(u.created_at)) << "\n";
  }
  return 0;
}

int SetLocked(const UserFlags& flags, bool lock) {
  auto config = ResolveConfig(flags.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  const Status s = lock ? auth::LockUser(*store, SystemClock::Instance(), CliOperator(), flags.username)
                        : auth::UnlockUser(*store, SystemClock::Instance(), CliOperator(), flags.username);
  if (!s.ok()) return Fail(s.message());
  std::cout << (lock ? "Locked " : "Unlocked ") << flags.username << ".\n";
  return 0;
}

}  // namespace

void AddUserCommands(std::vector<Command>& table) {
  table.push_back({{"user", "add"}, "create a user with a role", [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<UserFlags>();
                     app.add_option("USERNAME", f->username, "a-z, 0-9, '.', '_', '-'")->required();
                     app.add_option("--role", f->role,
                                    "admin, officer, supervisor, border_officer, "
                                    "referral_agency, lawyer or applicant")
                         ->required();
                     app.add_flag("--password-stdin", f->password_stdin,
                                  "read the password from the first line of standard input");
                     AddDataFlags(app, f->data);
                     return [f] { return AddUser(*f); };
                   }});
  table.push_back({{"user", "list"}, "list users, their roles and lock state",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<DataFlags>();
                     AddDataFlags(app, *f);
                     return [f] { return ListUsers(*f); };
                   }});
  for (const bool lock : {true, false}) {
    table.push_back({{"user", lock ? "lock" : "unlock"},
                     lock ? "lock a user out and end their sessions"
                          : "unlock a user (also lifts a lockout after failed logins)",
                     [lock](CLI::App& app) -> std::function<int()> {
                       auto f = std::make_shared<UserFlags>();
                       app.add_option("USERNAME", f->username, "the user")->required();
                       AddDataFlags(app, f->data);
                       return [f, lock] { return SetLocked(*f, lock); };
                     }});
  }
}

}  // namespace verbatim::cli
