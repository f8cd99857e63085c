#include "store/postgres_store.h"

#include <pqxx/pqxx>

#include <map>

#include "store/connection_pool.h"

namespace verbatim::store {
namespace {

// libpqxx reports through exceptions; this wrapper is where they become a Status (STYLE.md 3).
Status PgError(const std::exception& e, std::string_view what) {
  std::string message = std::string(what) + ": " + e.what();
  while (!message.empty() && message.back() == '\n') message.pop_back();
  if (dynamic_cast<const pqxx::unique_violation*>(&e)) return AlreadyExists(message);
  if (dynamic_cast<const pqxx::integrity_constraint_violation*>(&e)) {
    return FailedPrecondition(message);
  }
  if (dynamic_cast<const pqxx::broken_connection*>(&e)) return Unavailable(message);
  if (dynamic_cast<const pqxx::serialization_failure*>(&e)) return Unavailable(message);
  if (dynamic_cast<const pqxx::deadlock_detected*>(&e)) return Unavailable(message);
  return Internal(message);
}

class PgConnection {
 public:
  explicit PgConnection(std::unique_ptr<pqxx::connection> c) : c_(std::move(c)) {}

  pqxx::connection& connection() { return *c_; }

  // Named server-side prepared statements, one per distinct SQL text, prepared on first use.
  const std::string& StatementName(std::string_view sql) {
    auto it = names_.find(sql);
    if (it != names_.end()) return it->second;
    std::string name = "s" + std::to_string(names_.size());
    c_->prepare(name, std::string(sql));
    return names_.emplace(std::string(sql), std::move(name)).first->second;
  }

 private:
  std::unique_ptr<pqxx::connection> c_;
  std::map<std::string, std::string, std::less<>> names_;
};

using Pool = ConnectionPool<PgConnection>;

class PgTransaction final : public Transaction {
 public:
  PgTransaction(Pool& pool, std::unique_ptr<PgConnection> c, std::unique_ptr<pqxx::work> txn)
      : pool_(pool), c_(std::move(c)), txn_(std::move(txn)) {}
  ~PgTransaction() override {
    if (c_ == nullptr) return;
    bool broken = false;
    try {
      txn_->abort();
      txn_.reset();
    } catch (const std::exception&) {
      broken = true;
    }
    broken = broken || !c_->connection().is_open();
    pool_.Release(std::move(c_), broken);
  }

  Result<Rows> Query(std::string_view sql, std::span<const Value> params) override {
    return Run(sql, params, nullptr);
  }

  Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) override {
    std::int64_t affected = 0;
    VB_RETURN_IF_ERROR(Run(sql, params, &affected).status());
    return affected;
  }

  Status ExecuteScript(std::string_view sql) override {
    try {
      txn_->exec(std::string(sql));
      return Status::Ok();
    } catch (const std::exception& e) {
      failed_ = true;
      return PgError(e, "running a script");
    }
  }

  Status Commit() override {
    if (c_ == nullptr) return FailedPrecondition("the transaction is already committed");
    if (failed_) return FailedPrecondition("a statement in this transaction failed");
    try {
      txn_->commit();
    } catch (const pqxx::in_doubt_error& e) {
      // The connection broke during COMMIT: the outcome is unknown, so it is not acknowledged.
      return Unavailable(std::string("the commit's outcome is unknown: ") + e.what());
    } catch (const std::exception& e) {
      return PgError(e, "committing");
    }
    txn_.reset();
    pool_.Release(std::move(c_), false);
    return Status::Ok();
  }

 private:
  Result<Rows> Run(std::string_view sql, std::span<const Value> params, std::int64_t* affected) {
    if (c_ == nullptr) return FailedPrecondition("the transaction is already committed");
    // A failed statement aborts a PostgreSQL transaction; later statements would fail with a
    // confusing message, so say what happened instead.
    if (failed_) return FailedPrecondition("an earlier statement in this transaction failed");
    std::vector<std::string> texts(params.size());
    std::vector<const char*> pointers(params.size(), nullptr);  // nullptr is SQL NULL
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (params[i].is_null()) continue;
      texts[i] = params[i].ToText();
      pointers[i] = texts[i].c_str();
    }
    try {
      const std::string& name = c_->StatementName(sql);
      pqxx::result r = txn_->exec_prepared(name, pqxx::prepare::make_dynamic_params(pointers));
      if (affected != nullptr) *affected = r.affected_rows();
      Rows rows;
      rows.reserve(r.size());
      for (const auto& row : r) {
        std::vector<std::optional<std::string>> cells;
        cells.reserve(row.size());
        for (const auto& field : row) {
          if (field.is_null()) {
            cells.emplace_back(std::nullopt);
          } else {
            cells.emplace_back(std::string(field.c_str(), field.size()));
          }
        }
        rows.emplace_back(std::move(cells));
      }
      return rows;
    } catch (const std::exception& e) {
      failed_ = true;
      return PgError(e, "running a statement");
    }
  }

  Pool& pool_;
  std::unique_ptr<PgConnection> c_;
  std::unique_ptr<pqxx::work> txn_;
  bool failed_ = false;
};

class PgStore final : public Store {
 public:
  PgStore(std::string url, std::string schema, int pool_size)
      : url_(std::move(url)), schema_(std::move(schema)), pool_(pool_size, [this] { return Connect(); }) {}

  Dialect dialect() const override { return Dialect::kPostgresql; }

  Result<std::unique_ptr<Transaction>> Begin(Access access) override {
    VB_ASSIGN_OR_RETURN(auto c, pool_.Acquire());
    std::unique_ptr<pqxx::work> txn;
    try {
      txn = std::make_unique<pqxx::work>(c->connection());
      if (access == Access::kRead) txn->exec0("SET TRANSACTION READ ONLY");
    } catch (const std::exception& e) {
      txn.reset();
      const bool broken = !c->connection().is_open();
      pool_.Release(std::move(c), broken);
      return PgError(e, "beginning a transaction");
    }
    return std::unique_ptr<Transaction>(new PgTransaction(pool_, std::move(c), std::move(txn)));
  }

  Status Backup(const std::string&) override {
    return FailedPrecondition(
        "verbatim backup copies SQLite databases only; for PostgreSQL use its own tools: "
        "pg_dump --format=custom for a logical backup, pg_basebackup with WAL archiving for "
        "point-in-time recovery");
  }

  Status Init() { return Migrate(); }

 private:
  Result<std::unique_ptr<PgConnection>> Connect() {
    try {
      auto c = std::make_unique<pqxx::connection>(url_);
      if (!schema_.empty()) {
        pqxx::nontransaction n(*c);
        n.exec0("CREATE SCHEMA IF NOT EXISTS " + n.quote_name(schema_));
        n.exec0("SET search_path TO " + n.quote_name(schema_));
      }
      return std::make_unique<PgConnection>(std::move(c));
    } catch (const std::exception& e) {
      return Unavailable(std::string("cannot connect to PostgreSQL: ") + e.what());
    }
  }

  std::string url_;
  std::string schema_;
  Pool pool_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& libpq_url,
                                                 const std::string& schema, int pool_size) {
  auto store = std::make_unique<PgStore>(libpq_url, schema, pool_size);
  VB_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace verbatim::store
