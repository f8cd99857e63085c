#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `users`. Times are Unix microseconds.
struct UserRecord {
  std::int64_t id = 0;
  std::string username;
  std::string role;
  std::string password_hash;  // argon2id string from libsodium
  int failed_logins = 0;
  std::optional<std::int64_t> locked_until;
  bool disabled = false;
  std::int64_t created_at = 0;
};

/// Inserts `user` (its id is ignored) and returns the new id; AlreadyExists for a taken name.
Result<std::int64_t> InsertUser(Transaction& txn, const UserRecord& user);
Result<std::optional<UserRecord>> FindUserByName(Transaction& txn, const std::string& username);
Result<std::optional<UserRecord>> FindUserById(Transaction& txn, std::int64_t id);
Result<std::vector<UserRecord>> ListUsers(Transaction& txn);
/// Stores the failed-login count and, when the limit was reached, the lockout's end.
Status SetLoginFailures(Transaction& txn, std::int64_t id, int failed_logins,
                        std::optional<std::int64_t> locked_until);
/// An administrator's lock (disabled) or unlock (which also lifts an automatic lockout).
Status SetUserDisabled(Transaction& txn, std::int64_t id, bool disabled);
Status SetPasswordHash(Transaction& txn, std::int64_t id, const std::string& hash);

}  // namespace verbatim::store
