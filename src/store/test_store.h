#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace verbatim::store {

/// A fresh, empty, migrated database for one test, on the backend named by the environment:
/// VERBATIM_TEST_BACKEND=sqlite (default): a file in a new temporary folder;
/// VERBATIM_TEST_BACKEND=postgresql: a new schema on the server at VERBATIM_TEST_PG_URL. Without
/// that URL the test fails: make test must never silently skip PostgreSQL.
/// The destructor removes the file or drops the schema.
class TestStore {
 public:
  TestStore();
  ~TestStore();
  TestStore(const TestStore&) = delete;
  TestStore& operator=(const TestStore&) = delete;

  Store& store() { return *store_; }
  /// The URL a second Store (or a verbatim process) opens the same database with.
  const std::string& url() const { return url_; }
  Dialect dialect() const { return store_->dialect(); }

 private:
  std::unique_ptr<Store> store_;
  std::string url_;
  std::string temp_dir_;
  std::string schema_;
};

/// "sqlite" or "postgresql", from VERBATIM_TEST_BACKEND.
std::string TestBackendName();

}  // namespace verbatim::store
