#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "base/result.h"

struct sqlite3;

namespace verbatim::store {

/// Copies the SQLite write-ahead log back into the database file on a thread of its own, so that
/// no user's commit pays for a checkpoint (with SQLite's automatic checkpoint, every thousandth
/// commit also fsyncs the main file and the acknowledged-entry p99 triples). Connections of the
/// store run with wal_autocheckpoint=0. PASSIVE checkpoints never block readers or writers.
class WalCheckpointer {
 public:
  static Result<std::unique_ptr<WalCheckpointer>> Start(const std::string& path);
  ~WalCheckpointer();  // stops the thread after a last checkpoint
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

 private:
  explicit WalCheckpointer(sqlite3* db);
  void Run();

  sqlite3* db_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace verbatim::store
