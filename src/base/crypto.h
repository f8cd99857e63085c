#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace verbatim {

/// Initialises libsodium once; safe to call from any thread, any number of times.
void EnsureCryptoInitialised();

/// `bytes` cryptographically random bytes, hex-encoded (2 * bytes characters).
std::string RandomHex(std::size_t bytes);

/// SHA-256 of `data`, hex-encoded: the digest of hash chains and of stored session tokens.
std::string Sha256Hex(std::string_view data);

/// Compares two strings in time independent of where they differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace verbatim
