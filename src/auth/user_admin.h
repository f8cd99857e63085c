#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "auth/role.h"
#include "base/clock.h"
#include "base/result.h"
#include "store/store.h"
#include "store/user_table.h"

namespace verbatim::auth {

/// Usernames: 1-64 of a-z, 0-9, '.', '_', '-'; they appear in audit rows and logs, so they must
/// not be personal names in other scripts.
Status CheckUsername(std::string_view username);

/// Creates a user; the actor is audited ("user.create"). InvalidArgument for a bad name or
/// password, AlreadyExists for a taken name.
Result<std::int64_t> CreateUser(store::Store& store, const Clock& clock, const Principal& actor,
                                const std::string& username, Role role,
                                const std::string& password);

Result<std::vector<store::UserRecord>> ListUsers(store::Store& store);

/// An administrator's lock: the user cannot log in and loses every open session. NotFound for an
/// unknown user; FailedPrecondition when `actor` would lock their own account.
Status LockUser(store::Store& store, const Clock& clock, const Principal& actor,
                const std::string& username);
/// Lifts an administrator's lock and an automatic lockout.
Status UnlockUser(store::Store& store, const Clock& clock, const Principal& actor,
                  const std::string& username);

}  // namespace verbatim::auth
