#pragma once

#include <chrono>
#include <string>

#include "auth/principal.h"
#include "base/clock.h"
#include "base/result.h"
#include "store/store.h"

namespace verbatim::auth {

struct SessionPolicy {
  std::chrono::minutes idle_timeout{30};
  std::chrono::hours absolute_timeout{12};
  /// Consecutive failed logins that lock an account, and for how long.
  int max_failed_logins = 10;
  std::chrono::minutes lockout{15};
  /// last_seen is written at most this often, so that reads stay reads.
  std::chrono::seconds touch_interval{60};
};

/// A successful login: the secret token for the cookie (shown once, stored only as a hash) and
/// the CSRF token the client echoes in X-CSRF-Token.
struct LoginResult {
  std::string token;
  std::string csrf_token;
  Principal principal;
};

/// A request's valid session.
struct ActiveSession {
  Principal principal;
  std::string csrf_token;
  std::string token_hash;
};

/// Logins, sessions and lockout. Every login, failed login, lockout and logout is audited.
/// Thread-safe (all state is in the store).
class SessionManager {
 public:
  SessionManager(store::Store& store, const Clock& clock, SessionPolicy policy)
      : store_(store), clock_(clock), policy_(policy) {}

  /// Unauthenticated for a wrong name or password (the same message for both), Locked while
  /// the account is locked — even for the right password.
  Result<LoginResult> Login(const std::string& username, const std::string& password,
                            const std::string& remote);

  /// The session of `token`, or Unauthenticated when it is unknown, idle too long or too old.
  Result<ActiveSession> Authenticate(const std::string& token, const std::string& remote);

  Status Logout(const ActiveSession& session);

  const SessionPolicy& policy() const { return policy_; }

 private:
  Result<LoginResult> RecordFailure(std::int64_t user_id,
                                    const std::string& username, const std::string& role,
                                    const std::string& remote);

  store::Store& store_;
  const Clock& clock_;
  SessionPolicy policy_;
};

}  // namespace verbatim::auth
