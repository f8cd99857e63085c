#pragma once

#include <span>
#include <string_view>

#include "store/store.h"

namespace verbatim::store {

/// One schema step: src/store/migrations/<dialect>/NNNN_name.sql, compiled into the binary.
struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

/// The migrations of `dialect` in ascending version order (generated at build time).
std::span<const Migration> EmbeddedMigrations(Dialect dialect);

}  // namespace verbatim::store
