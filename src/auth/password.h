#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace verbatim::auth {

inline constexpr std::size_t kMinPasswordLength = 12;  // characters, not bytes
inline constexpr std::size_t kMaxPasswordBytes = 1024;

/// InvalidArgument unless the password has at least 12 characters (and at most 1 KiB).
Status CheckPasswordPolicy(std::string_view password);

/// argon2id through libsodium's crypto_pwhash_str (interactive limits): the returned string
/// carries its own salt and parameters.
Result<std::string> HashPassword(std::string_view password);

/// True when `password` matches `hash`. Takes the same time for any wrong password.
bool VerifyPassword(std::string_view password, const std::string& hash);

/// Spends the time of one verification without a stored hash, so that a login for an unknown
/// user is not faster than one for a known user (no user enumeration by timing).
void BurnVerificationTime(std::string_view password);

}  // namespace verbatim::auth
