#include "base/crypto.h"

#include <sodium.h>

#include <cstdlib>
#include <vector>

namespace verbatim {

void EnsureCryptoInitialised() {
  static const bool initialised = [] {
    // sodium_init() fails only when no entropy source exists; nothing safe can run then.
    if (sodium_init() < 0) std::abort();
    return true;
  }();
  (void)initialised;
}

static std::string ToHex(const unsigned char* data, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), data, size);
  hex.pop_back();
  return hex;
}

std::string RandomHex(std::size_t bytes) {
  EnsureCryptoInitialised();
  std::vector<unsigned char> buf(bytes);
  randombytes_buf(buf.data(), buf.size());
  return ToHex(buf.data(), buf.size());
}

std::string Sha256Hex(std::string_view data) {
  EnsureCryptoInitialised();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return ToHex(digest, sizeof digest);
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace verbatim
