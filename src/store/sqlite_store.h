#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace verbatim::store {

/// Opens the SQLite backend on `path` (created with its folder when missing): WAL journal,
/// synchronous=FULL so that every commit is on disk before it is acknowledged, foreign keys on.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, int pool_size);

}  // namespace verbatim::store
