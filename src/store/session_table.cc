#include "store/session_table.h"

namespace verbatim::store {

Status InsertSession(Transaction& txn, const SessionRecord& s) {
  return txn
      .Execute("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) "
               "VALUES ($1, $2, $3, $4, $5)",
               {s.token_hash, s.user_id, s.csrf_token, s.created_at, s.last_seen_at})
      .status();
}

Result<std::optional<SessionRecord>> FindSession(Transaction& txn, const std::string& token_hash) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT token_hash, user_id, csrf_token, created_at, "
                                           "last_seen_at FROM sessions WHERE token_hash = $1",
                                           {token_hash}));
  if (rows.empty()) return std::optional<SessionRecord>();
  const Row& r = rows.front();
  return std::optional<SessionRecord>(
      SessionRecord{r.Text(0), r.Int(1), r.Text(2), r.Int(3), r.Int(4)});
}

Status TouchSession(Transaction& txn, const std::string& token_hash, std::int64_t now) {
  return txn.Execute("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2", {now, token_hash})
      .status();
}

Status DeleteSession(Transaction& txn, const std::string& token_hash) {
  return txn.Execute("DELETE FROM sessions WHERE token_hash = $1", {token_hash}).status();
}

Status DeleteSessionsOfUser(Transaction& txn, std::int64_t user_id) {
  return txn.Execute("DELETE FROM sessions WHERE user_id = $1", {user_id}).status();
}

}  // namespace verbatim::store
