#include "auth/password.h"

#include <sodium.h>

#include "base/crypto.h"
#include "base/text.h"

namespace verbatim::auth {

Status CheckPasswordPolicy(std::string_view password) {
  if (password.size() > kMaxPasswordBytes) {
    return InvalidArgument("The password is longer than 1024 bytes.");
  }
  if (!IsValidUtf8(password)) return InvalidArgument("The password is not valid UTF-8.");
  std::size_t characters = 0;
  for (unsigned char c : password) {
    if ((c & 0xC0) != 0x80) ++characters;
  }
  if (characters < kMinPasswordLength) {
    return InvalidArgument("The password must have at least 12 characters.");
  }
  return Status::Ok();
}

Result<std::string> HashPassword(std::string_view password) {
  EnsureCryptoInitialised();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Unavailable("not enough memory to hash the password");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view password, const std::string& hash) {
  EnsureCryptoInitialised();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void BurnVerificationTime(std::string_view password) {
  static const std::string dummy = [] {
    auto h = HashPassword("verbatim-timing-equaliser");
    return h.ok() ? *h : std::string();
  }();
  (void)VerifyPassword(password, dummy);
}

}  // namespace verbatim::auth
