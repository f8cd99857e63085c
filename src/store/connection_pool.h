#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "base/result.h"

namespace verbatim::store {

/// Up to `capacity` connections, created on demand by `open` and handed to one user at a time.
/// A connection returned as broken is dropped and replaced on the next Acquire. Thread-safe.
template <typename Connection>
class ConnectionPool {
 public:
  using Opener = std::function<Result<std::unique_ptr<Connection>>()>;

  ConnectionPool(int capacity, Opener open) : capacity_(capacity), open_(std::move(open)) {}
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  /// Blocks while every connection is in use.
  Result<std::unique_ptr<Connection>> Acquire() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [&] { return !idle_.empty() || open_count_ < capacity_; });
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return c;
    }
    ++open_count_;
    lock.unlock();
    auto opened = open_();
    if (!opened.ok()) {
      lock.lock();
      --open_count_;
      available_.notify_one();
    }
    return opened;
  }

  void Release(std::unique_ptr<Connection> c, bool broken) {
    std::lock_guard lock(mutex_);
    if (broken) {
      --open_count_;
    } else {
      idle_.push_back(std::move(c));
    }
    available_.notify_one();
  }

 private:
  const int capacity_;
  Opener open_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_count_ = 0;
};

}  // namespace verbatim::store
