#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/store.h"

namespace verbatim::store {

/// A row of `sessions`: the server side of a login. Only the token's hash is stored.
struct SessionRecord {
  std::string token_hash;
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
};

Status InsertSession(Transaction& txn, const SessionRecord& session);
Result<std::optional<SessionRecord>> FindSession(Transaction& txn, const std::string& token_hash);
Status TouchSession(Transaction& txn, const std::string& token_hash, std::int64_t now);
Status DeleteSession(Transaction& txn, const std::string& token_hash);
Status DeleteSessionsOfUser(Transaction& txn, std::int64_t user_id);

}  // namespace verbatim::store
