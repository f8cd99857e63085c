#include "store/user_table.h"

namespace verbatim::store {
namespace {

constexpr const char* kColumns =
    "id, username, role, password_hash, failed_logins, locked_until, disabled, created_at";

UserRecord FromRow(const Row& r) {
  UserRecord u;
  u.id = r.Int(0);
  u.username = r.Text(1);
  u.role = r.Text(2);
  u.password_hash = r.Text(3);
  u.failed_logins = static_cast<int>(r.Int(4));
  u.locked_until = r.OptionalInt(5);
  u.disabled = r.Int(6) != 0;
  u.created_at = r.Int(7);
  return u;
}

Result<std::optional<UserRecord>> FirstUser(Result<Rows> rows) {
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<UserRecord>();
  return std::optional<UserRecord>(FromRow(rows->front()));
}

}  // namespace

Result<std::int64_t> InsertUser(Transaction& txn, const UserRecord& user) {
  VB_ASSIGN_OR_RETURN(auto rows,
                      txn.Query("INSERT INTO users (username, role, password_hash, created_at) "
                                "VALUES ($1, $2, $3, $4) RETURNING id",
                                {user.username, user.role, user.password_hash, user.created_at}));
  return rows.at(0).Int(0);
}

Result<std::optional<UserRecord>> FindUserByName(Transaction& txn, const std::string& username) {
  return FirstUser(
      txn.Query(std::string("SELECT ") + kColumns + " FROM users WHERE username = $1", {username}));
}

Result<std::optional<UserRecord>> FindUserById(Transaction& txn, std::int64_t id) {
  return FirstUser(txn.Query(std::string("SELECT ") + kColumns + " FROM users WHERE id = $1", {id}));
}

Result<std::vector<UserRecord>> ListUsers(Transaction& txn) {
  VB_ASSIGN_OR_RETURN(auto rows,
                      txn.Query(std::string("SELECT ") + kColumns + " FROM users ORDER BY username"));
  std::vector<UserRecord> users;
  for (const auto& r : rows) users.push_back(FromRow(r));
  return users;
}

Status SetLoginFailures(Transaction& txn, std::int64_t id, int failed_logins,
                        std::optional<std::int64_t> locked_until) {
  Value until = locked_until ? Value(*locked_until) : Value(nullptr);
  return txn.Execute("UPDATE users SET failed_logins = $1, locked_until = $2 WHERE id = $3",
                     {failed_logins, until, id})
      .status();
}

Status SetUserDisabled(Transaction& txn, std::int64_t id, bool disabled) {
  if (disabled) {
    return txn.Execute("UPDATE users SET disabled = 1 WHERE id = $1", {id}).status();
  }
  return txn
      .Execute("UPDATE users SET disabled = 0, failed_logins = 0, locked_until = NULL WHERE id = $1",
               {id})
      .status();
}

Status SetPasswordHash(Transaction& txn, std::int64_t id, const std::string& hash) {
  return txn.Execute("UPDATE users SET password_hash = $1 WHERE id = $2", {hash, id}).status();
}

}  // namespace verbatim::store
