#include "auth/user_admin.h"

#include "audit/audit_log.h"
#include "auth/password.h"
#include "store/session_table.h"

namespace verbatim::auth {
namespace {

audit::AuditEvent UserEvent(const Principal& actor, std::string action, const std::string& username,
                            std::string outcome = "ok") {
  return {actor.username, std::string(RoleName(actor.role)), std::move(action), "user:" + username,
          actor.remote, std::move(outcome)};
}

Status SetLocked(store::Store& store, const Clock& clock, const Principal& actor,
                 const std::string& username, bool locked) {
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kWrite));
  VB_ASSIGN_OR_RETURN(auto user, store::FindUserByName(*txn, username));
  if (!user) return NotFound("There is no user '" + username + "'.");
  // An administrator who locks their own account ends their own session and may leave nobody
  // able to unlock it in the browser; the CLI operator ("cli:…") is never a username.
  if (locked && actor.username == username) {
    // The refusal is recorded: an attempt on an account is part of its history.
    VB_RETURN_IF_ERROR(audit::Append(*txn, clock, UserEvent(actor, "user.lock", username, "denied")));
    VB_RETURN_IF_ERROR(txn->Commit());
    return FailedPrecondition("You cannot lock your own account; ask another administrator.");
  }
  VB_RETURN_IF_ERROR(store::SetUserDisabled(*txn, user->id, locked));
  if (locked) VB_RETURN_IF_ERROR(store::DeleteSessionsOfUser(*txn, user->id));
  VB_RETURN_IF_ERROR(
      audit::Append(*txn, clock, UserEvent(actor, locked ? "user.lock" : "user.unlock", username)));
  return txn->Commit();
}

}  // namespace

Status CheckUsername(std::string_view username) {
  if (username.empty() || username.size() > 64) {
    return InvalidArgument("A username has 1 to 64 characters.");
  }
  for (char c : username) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                    c == '-';
    if (!ok) {
      return InvalidArgument(
          "A username may contain only lower-case letters a-z, digits, '.', '_' and '-'.");
    }
  }
  return Status::Ok();
}

Result<std::int64_t> CreateUser(store::Store& store, const Clock& clock, const Principal& actor,
                                const std::string& username, Role role,
                                const std::string& password) {
  VB_RETURN_IF_ERROR(CheckUsername(username));
  VB_RETURN_IF_ERROR(CheckPasswordPolicy(password));
  VB_ASSIGN_OR_RETURN(std::string hash, HashPassword(password));
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kWrite));
  store::UserRecord user;
  user.username = username;
  user.role = std::string(RoleName(role));
  user.password_hash = hash;
  user.created_at = ToUnixMicros(clock.Now());
  auto id = store::InsertUser(*txn, user);
  if (!id.ok()) {
    if (id.status().code() == ErrorCode::kAlreadyExists) {
      return AlreadyExists("The username '" + username + "' is taken.");
    }
    return id.status();
  }
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock, UserEvent(actor, "user.create", username)));
  VB_RETURN_IF_ERROR(txn->Commit());
  return *id;
}

Result<std::vector<store::UserRecord>> ListUsers(store::Store& store) {
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
  return store::ListUsers(*txn);
}

Status LockUser(store::Store& store, const Clock& clock, const Principal& actor,
                const std::string& username) {
  return SetLocked(store, clock, actor, username, true);
}

Status UnlockUser(store::Store& store, const Clock& clock, const Principal& actor,
                  const std::string& username) {
  return SetLocked(store, clock, actor, username, false);
}

}  // namespace verbatim::auth
