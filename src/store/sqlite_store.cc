#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <filesystem>
#include <map>

#include "store/connection_pool.h"
#include "store/wal_checkpointer.h"

namespace verbatim::store {
namespace {

Status SqliteError(sqlite3* db, int rc, std::string_view what) {
  const std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
        return AlreadyExists(message);
      }
      return FailedPrecondition(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_IOERR:
      return Unavailable(message);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DataLoss(message);
    default:
      return Internal(message);
  }
}

// One connection and its prepared statements, reused across transactions.
class SqliteConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;
  ~SqliteConnection() {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  sqlite3* db() const { return db_; }

  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    auto it = statements_.find(std::string(sql));
    if (it != statements_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return SqliteError(db_, rc, "preparing a statement");
    statements_.emplace(std::string(sql), stmt);
    return stmt;
  }

 private:
  sqlite3* db_;
  std::map<std::string, sqlite3_stmt*, std::less<>> statements_;
};

using Pool = ConnectionPool<SqliteConnection>;

class SqliteTransaction final : public Transaction {
 public:
  SqliteTransaction(Pool& pool, std::unique_ptr<SqliteConnection> c) : pool_(pool), c_(std::move(c)) {}
  ~SqliteTransaction() override {
    if (finished_) return;
    const bool rolled_back = sqlite3_exec(c_->db(), "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK;
    const bool broken = !rolled_back && !sqlite3_get_autocommit(c_->db());
    pool_.Release(std::move(c_), broken);
  }

  Result<Rows> Query(std::string_view sql, std::span<const Value> params) override {
    Rows rows;
    VB_RETURN_IF_ERROR(Run(sql, params, &rows));
    return rows;
  }

  Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) override {
    VB_RETURN_IF_ERROR(Run(sql, params, nullptr));
    return static_cast<std::int64_t>(sqlite3_changes64(c_->db()));
  }

  Status ExecuteScript(std::string_view sql) override {
    char* error = nullptr;
    const int rc = sqlite3_exec(c_->db(), std::string(sql).c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
      std::string message = error ? error : sqlite3_errstr(rc);
      sqlite3_free(error);
      failed_ = true;
      return Internal("running a script: " + message);
    }
    return Status::Ok();
  }

  Status Commit() override {
    if (finished_) return FailedPrecondition("the transaction is already committed");
    // Same contract as PostgreSQL: one failed statement makes the whole transaction fail.
    if (failed_) return FailedPrecondition("a statement in this transaction failed");
    const int rc = sqlite3_exec(c_->db(), "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return SqliteError(c_->db(), rc, "committing");
    finished_ = true;
    pool_.Release(std::move(c_), false);
    return Status::Ok();
  }

 private:
  Status Run(std::string_view sql, std::span<const Value> params, Rows* rows) {
    if (finished_) return FailedPrecondition("the transaction is already committed");
    if (failed_) return FailedPrecondition("an earlier statement in this transaction failed");
    Status s = Step(sql, params, rows);
    if (!s.ok()) failed_ = true;
    return s;
  }

  Status Step(std::string_view sql, std::span<const Value> params, Rows* rows) {
    VB_ASSIGN_OR_RETURN(sqlite3_stmt * stmt, c_->Prepare(sql));
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    // Both dialects write $1, $2, …; SQLite treats "$1" as a named parameter.
    for (std::size_t i = 0; i < params.size(); ++i) {
      const std::string name = "$" + std::to_string(i + 1);
      const int index = sqlite3_bind_parameter_index(stmt, name.c_str());
      if (index == 0) continue;
      const Value& v = params[i];
      int rc;
      if (v.is_null()) {
        rc = sqlite3_bind_null(stmt, index);
      } else if (const auto* n = v.as_int()) {
        rc = sqlite3_bind_int64(stmt, index, *n);
      } else {
        const std::string& s = *v.as_text();
        rc = sqlite3_bind_text64(stmt, index, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      }
      if (rc != SQLITE_OK) return SqliteError(c_->db(), rc, "binding a parameter");
    }
    while (true) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Status s = SqliteError(c_->db(), rc, "running a statement");
        sqlite3_reset(stmt);
        return s;
      }
      if (rows == nullptr) continue;
      const int n = sqlite3_column_count(stmt);
      std::vector<std::optional<std::string>> cells;
      cells.reserve(n);
      for (int col = 0; col < n; ++col) {
        if (sqlite3_column_type(stmt, col) == SQLITE_NULL) {
          cells.emplace_back(std::nullopt);
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, col));
          cells.emplace_back(std::string(text, sqlite3_column_bytes(stmt, col)));
        }
      }
      rows->emplace_back(std::move(cells));
    }
    sqlite3_reset(stmt);
    return Status::Ok();
  }

  Pool& pool_;
  std::unique_ptr<SqliteConnection> c_;
  bool finished_ = false;
  bool failed_ = false;
};

class SqliteStore final : public Store {
 public:
  SqliteStore(std::string path, int pool_size)
      : path_(std::move(path)), pool_(pool_size, [this] { return Connect(); }) {}

  Dialect dialect() const override { return Dialect::kSqlite; }

  Result<std::unique_ptr<Transaction>> Begin(Access access) override {
    VB_ASSIGN_OR_RETURN(auto c, pool_.Acquire());
    // IMMEDIATE takes the write lock now, so a writer waits at BEGIN (busy_timeout) instead of
    // failing with SQLITE_BUSY half-way through.
    const char* begin = access == Access::kWrite ? "BEGIN IMMEDIATE" : "BEGIN";
    const int rc = sqlite3_exec(c->db(), begin, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
      Status s = SqliteError(c->db(), rc, "beginning a transaction");
      pool_.Release(std::move(c), false);
      return s;
    }
    return std::unique_ptr<Transaction>(new SqliteTransaction(pool_, std::move(c)));
  }

  Status Backup(const std::string& out_path) override {
    VB_ASSIGN_OR_RETURN(auto c, pool_.Acquire());
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(out_path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    Status result = Status::Ok();
    if (rc != SQLITE_OK) {
      result = Unavailable("cannot create the backup file " + out_path + ": " + sqlite3_errstr(rc));
    } else if (sqlite3_backup* b = sqlite3_backup_init(dest, "main", c->db(), "main")) {
      // Copy in steps so that writers are not held up for the whole copy.
      do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
      } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
      sqlite3_backup_finish(b);
      if (rc != SQLITE_DONE) result = SqliteError(dest, rc, "writing the backup " + out_path);
    } else {
      result = SqliteError(dest, sqlite3_errcode(dest), "starting the backup " + out_path);
    }
    sqlite3_close_v2(dest);
    pool_.Release(std::move(c), false);
    return result;
  }

  Status Init() {
    VB_RETURN_IF_ERROR(Migrate());
    VB_ASSIGN_OR_RETURN(checkpointer_, WalCheckpointer::Start(path_));
    return Status::Ok();
  }

 private:
  Result<std::unique_ptr<SqliteConnection>> Connect() {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path_.c_str(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                       SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
      Status s = Unavailable("cannot open the SQLite database " + path_ + ": " +
                             (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
      sqlite3_close_v2(db);
      return s;
    }
    auto c = std::make_unique<SqliteConnection>(db);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 10000);
    // synchronous=FULL: in WAL mode every COMMIT fsyncs the WAL, so an acknowledged write survives
    // a power loss, which the interview record (an entry is acknowledged only when durable) needs.
    const char* pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
        "PRAGMA wal_autocheckpoint=0;";  // WalCheckpointer does it off the commit path
    char* error = nullptr;
    if (sqlite3_exec(db, pragmas, nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "unknown error";
      sqlite3_free(error);
      return Unavailable("cannot set up the SQLite database " + path_ + ": " + message);
    }
    return c;
  }

  std::string path_;
  Pool pool_;
  std::unique_ptr<WalCheckpointer> checkpointer_;  // last member: stops first
};

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, int pool_size) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) return Unavailable("cannot create the folder " + parent.string() + ": " + ec.message());
  auto store = std::make_unique<SqliteStore>(path, pool_size);
  VB_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace verbatim::store
