#pragma once

#include <cstdint>
#include <string>

#include "auth/role.h"

namespace verbatim::auth {

/// Who is acting: the logged-in user of a request, or the operator of a CLI command.
struct Principal {
  std::int64_t user_id = 0;
  std::string username;
  Role role = Role::kApplicant;
  /// Where the request came from ("127.0.0.1", or "cli"), for the audit log.
  std::string remote;
};

}  // namespace verbatim::auth
