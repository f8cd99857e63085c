#pragma once

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "store/store.h"

namespace verbatim::cli {

struct DemoLogin {
  std::string username;
  std::string role;
  std::string password;
};

/// The demo users, one per role, with their passwords (printed by `serve --demo`).
const std::vector<DemoLogin>& DemoLogins();

/// On a database without users, creates the demo users, a few demo cases (invented people
/// with names in their own scripts) and one interview under way. Returns whether it created anything; a database that
/// already has users is left exactly as it is.
Result<bool> EnsureDemoData(store::Store& store, const Clock& clock);

}  // namespace verbatim::cli
