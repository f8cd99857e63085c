#include "store/test_store.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "base/crypto.h"

namespace verbatim::store {

std::string TestBackendName() {
  const char* backend = std::getenv("VERBATIM_TEST_BACKEND");
  return backend && *backend ? backend : "sqlite";
}

TestStore::TestStore() {
  const std::string backend = TestBackendName();
  if (backend == "postgresql") {
    const char* base = std::getenv("VERBATIM_TEST_PG_URL");
    if (base == nullptr || *base == '\0') {
      ADD_FAILURE() << "VERBATIM_TEST_PG_URL is not set: run the PostgreSQL tests through "
                       "scripts/with-postgres (make test does)";
      std::abort();
    }
    schema_ = "t_" + RandomHex(8);
    url_ = std::string(base) + (std::string(base).find('?') == std::string::npos ? "?" : "&") +
           "schema=" + schema_;
  } else {
    std::string pattern = (std::filesystem::temp_directory_path() / "verbatim-test-XXXXXX").string();
    temp_dir_ = mkdtemp(pattern.data());
    url_ = "sqlite://" + temp_dir_ + "/test.db";
  }
  auto opened = Store::Open(url_, 4);
  if (!opened.ok()) {
    ADD_FAILURE() << "cannot open the test store " << url_ << ": " << opened.status().message();
    std::abort();
  }
  store_ = std::move(opened).value();
}

TestStore::~TestStore() {
  if (!schema_.empty()) {
    if (auto txn = store_->Begin(Access::kWrite); txn.ok()) {
      (void)(*txn)->ExecuteScript("DROP SCHEMA " + schema_ + " CASCADE");
      (void)(*txn)->Commit();
    }
  }
  store_.reset();
  if (!temp_dir_.empty()) std::filesystem::remove_all(temp_dir_);
}

}  // namespace verbatim::store
