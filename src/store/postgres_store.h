#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace verbatim::store {

/// Opens the PostgreSQL backend. `libpq_url` is a libpq connection URI; `schema`, when not
/// empty, is created if missing and becomes every connection's search_path (tests use one
/// throwaway schema each).
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& libpq_url,
                                                 const std::string& schema, int pool_size);

}  // namespace verbatim::store
