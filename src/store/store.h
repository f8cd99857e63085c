#pragma once

#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "base/result.h"
#include "store/value.h"

namespace verbatim::store {

enum class Dialect { kSqlite, kPostgresql };

/// Whether a transaction will write. Write transactions take the write lock at BEGIN (SQLite
/// `BEGIN IMMEDIATE`), so two writers never deadlock half-way through.
enum class Access { kRead, kWrite };

/// One open transaction on one pooled connection. Not thread-safe: one thread uses it.
/// Destroying it without Commit() rolls back; nothing of it then reaches the database.
class Transaction {
 public:
  virtual ~Transaction() = default;

  /// Runs one statement with bound parameters ($1, $2, … in both dialects) and returns its rows.
  virtual Result<Rows> Query(std::string_view sql, std::span<const Value> params) = 0;
  Result<Rows> Query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return Query(sql, std::span<const Value>(params.begin(), params.size()));
  }
  /// Runs one statement and returns the number of rows it changed.
  virtual Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) = 0;
  Result<std::int64_t> Execute(std::string_view sql, std::initializer_list<Value> params = {}) {
    return Execute(sql, std::span<const Value>(params.begin(), params.size()));
  }
  /// Runs several parameterless statements; for migrations only.
  virtual Status ExecuteScript(std::string_view sql) = 0;

  /// Makes the transaction durable: when this returns ok, the data is on disk (SQLite WAL with
  /// synchronous=FULL; PostgreSQL synchronous_commit=on) and survives a crash or power loss.
  virtual Status Commit() = 0;
};

/// A database: a pool of connections of one dialect. Thread-safe.
class Store {
 public:
  virtual ~Store() = default;

  /// Opens `url` — `sqlite:///abs/file.db`, `sqlite://relative/file.db` or
  /// `postgresql://user@host:port/db[?schema=NAME]` — with up to `pool_size` connections, and
  /// applies pending migrations.
  static Result<std::unique_ptr<Store>> Open(const std::string& url, int pool_size = 8);

  virtual Dialect dialect() const = 0;
  virtual Result<std::unique_ptr<Transaction>> Begin(Access access) = 0;

  /// Writes a consistent copy of the whole database to `out_path` while it stays in use
  /// (SQLite's online backup). PostgreSQL answers FailedPrecondition naming pg_dump.
  virtual Status Backup(const std::string& out_path) = 0;

  /// The schema version after migrations.
  Result<int> SchemaVersion();

 protected:
  /// Applies the embedded migrations of this dialect that are not applied yet.
  Status Migrate();
};

const char* DialectName(Dialect d);

}  // namespace verbatim::store
