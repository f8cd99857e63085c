#include "auth/session_manager.h"

#include "audit/audit_log.h"
#include "auth/password.h"
#include "base/crypto.h"
#include "store/session_table.h"
#include "store/user_table.h"

namespace verbatim::auth {
namespace {

constexpr const char* kWrongCredentials = "The username or password is wrong.";
constexpr const char* kNoSession = "You are not logged in, or your session has expired.";

std::int64_t Micros(std::chrono::microseconds d) { return d.count(); }

}  // namespace

Result<LoginResult> SessionManager::Login(const std::string& username, const std::string& password,
                                          const std::string& remote) {
  const std::int64_t now = ToUnixMicros(clock_.Now());
  std::optional<store::UserRecord> user;
  if (!username.empty() && username.size() <= 64) {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(user, store::FindUserByName(*txn, username));
  }
  if (!user) {
    BurnVerificationTime(password);
    // The attempted name is not recorded: people type passwords into the username field.
    VB_RETURN_IF_ERROR(audit::AppendNow(
        store_, clock_, {"-", "-", "session.login", "user:?", remote, "failed"}));
    return Unauthenticated(kWrongCredentials);
  }
  if (user->disabled) {
    VB_RETURN_IF_ERROR(audit::AppendNow(
        store_, clock_, {user->username, user->role, "session.login", "user:" + user->username,
                         remote, "locked"}));
    return Locked("This account is locked. An administrator can unlock it.");
  }
  if (user->locked_until && *user->locked_until > now) {
    VB_RETURN_IF_ERROR(audit::AppendNow(
        store_, clock_, {user->username, user->role, "session.login", "user:" + user->username,
                         remote, "locked"}));
    const auto minutes_left = (*user->locked_until - now + 59'999'999) / 60'000'000;
    return Locked("This account is locked after " + std::to_string(policy_.max_failed_logins) +
                  " failed logins. Try again in " + std::to_string(minutes_left) +
                  " minutes, or ask an administrator to unlock it.");
  }
  if (!VerifyPassword(password, user->password_hash)) {
    return RecordFailure(user->id, user->username, user->role, remote);
  }

  const auto role = ParseRole(user->role);
  if (!role) return Internal("the stored role of a user is unknown");
  LoginResult result;
  result.token = RandomHex(32);  // 256 random bits
  result.csrf_token = RandomHex(32);
  result.principal = Principal{user->id, user->username, *role, remote};
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_RETURN_IF_ERROR(store::SetLoginFailures(*txn, user->id, 0, std::nullopt));
  VB_RETURN_IF_ERROR(store::InsertSession(
      *txn, {Sha256Hex(result.token), user->id, result.csrf_token, now, now}));
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_, {user->username, user->role, "session.login",
                                                  "user:" + user->username, remote, "ok"}));
  VB_RETURN_IF_ERROR(txn->Commit());
  return result;
}

Result<LoginResult> SessionManager::RecordFailure(std::int64_t user_id,
                                                  const std::string& username,
                                                  const std::string& role,
                                                  const std::string& remote) {
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  // Re-read inside the write transaction: concurrent failures must all count.
  VB_ASSIGN_OR_RETURN(auto fresh, store::FindUserById(*txn, user_id));
  if (!fresh) return Unauthenticated(kWrongCredentials);
  const int failures = fresh->failed_logins + 1;
  const bool lock = failures >= policy_.max_failed_logins;
  std::optional<std::int64_t> until;
  if (lock) until = ToUnixMicros(clock_.Now()) + Micros(policy_.lockout);
  // After a lockout the count starts again, so its end gives a fresh set of attempts.
  VB_RETURN_IF_ERROR(store::SetLoginFailures(*txn, user_id, lock ? 0 : failures, until));
  VB_RETURN_IF_ERROR(audit::Append(
      *txn, clock_, {username, role, "session.login", "user:" + username, remote, "failed"}));
  if (lock) {
    VB_RETURN_IF_ERROR(audit::Append(
        *txn, clock_, {username, role, "account.lockout", "user:" + username, remote, "locked"}));
  }
  VB_RETURN_IF_ERROR(txn->Commit());
  return Unauthenticated(kWrongCredentials);
}

Result<ActiveSession> SessionManager::Authenticate(const std::string& token,
                                                   const std::string& remote) {
  if (token.size() != 64) return Unauthenticated(kNoSession);
  const std::string token_hash = Sha256Hex(token);
  const std::int64_t now = ToUnixMicros(clock_.Now());
  std::optional<store::SessionRecord> session;
  std::optional<store::UserRecord> user;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(session, store::FindSession(*txn, token_hash));
    if (!session) return Unauthenticated(kNoSession);
    VB_ASSIGN_OR_RETURN(user, store::FindUserById(*txn, session->user_id));
  }
  const bool too_old = now - session->created_at > Micros(policy_.absolute_timeout);
  const bool idle = now - session->last_seen_at > Micros(policy_.idle_timeout);
  const auto role = user ? ParseRole(user->role) : std::nullopt;
  if (too_old || idle || !user || user->disabled || !role) {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
    VB_RETURN_IF_ERROR(store::DeleteSession(*txn, token_hash));
    if (user) {
      VB_RETURN_IF_ERROR(audit::Append(*txn, clock_, {user->username, user->role,
                                                      "session.expire", "user:" + user->username,
                                                      remote, too_old ? "absolute" : "idle"}));
    }
    VB_RETURN_IF_ERROR(txn->Commit());
    return Unauthenticated(kNoSession);
  }
  if (now - session->last_seen_at > Micros(policy_.touch_interval)) {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
    VB_RETURN_IF_ERROR(store::TouchSession(*txn, token_hash, now));
    VB_RETURN_IF_ERROR(txn->Commit());
  }
  return ActiveSession{Principal{user->id, user->username, *role, remote}, session->csrf_token,
                       token_hash};
}

Status SessionManager::Logout(const ActiveSession& session) {
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
  VB_RETURN_IF_ERROR(store::DeleteSession(*txn, session.token_hash));
  const auto& p = session.principal;
  VB_RETURN_IF_ERROR(audit::Append(*txn, clock_, {p.username, std::string(RoleName(p.role)),
                                                  "session.logout", "user:" + p.username,
                                                  p.remote, "ok"}));
  return txn->Commit();
}

}  // namespace verbatim::auth
