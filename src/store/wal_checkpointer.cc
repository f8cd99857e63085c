#include "store/wal_checkpointer.h"

#include <sqlite3.h>

#include <chrono>

namespace verbatim::store {

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::Start(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return Unavailable("cannot open " + path + " for checkpoints: " + message);
  }
  sqlite3_busy_timeout(db, 1000);
  return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(db));
}

WalCheckpointer::WalCheckpointer(sqlite3* db) : db_(db), thread_([this] { Run(); }) {}

WalCheckpointer::~WalCheckpointer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
  sqlite3_close_v2(db_);
}

void WalCheckpointer::Run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait_for(lock, std::chrono::milliseconds(500), [this] { return stopping_; });
    const bool last = stopping_;
    lock.unlock();
    sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    lock.lock();
    if (last) return;
  }
}

}  // namespace verbatim::store
