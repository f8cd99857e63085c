#include "store/store.h"

#include <chrono>

#include "store/migrations.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace verbatim::store {
namespace {

// Serialises migrations when several servers start at once on one PostgreSQL database.
constexpr const char* kPgMigrationLock = "SELECT pg_advisory_xact_lock(7215001)";

Result<std::unique_ptr<Store>> OpenPostgresUrl(const std::string& url, int pool_size) {
  // "?schema=NAME" is ours, not libpq's: strip it and hand the rest to libpq unchanged.
  std::string libpq_url = url;
  std::string schema;
  const auto q = url.find('?');
  if (q != std::string::npos) {
    std::string query = url.substr(q + 1);
    std::string kept;
    std::size_t start = 0;
    while (start <= query.size()) {
      const auto amp = query.find('&', start);
      const std::string part = query.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
      if (part.rfind("schema=", 0) == 0) {
        schema = part.substr(7);
      } else if (!part.empty()) {
        kept += (kept.empty() ? "" : "&") + part;
      }
      if (amp == std::string::npos) break;
      start = amp + 1;
    }
    libpq_url = url.substr(0, q) + (kept.empty() ? "" : "?" + kept);
  }
  for (char c : schema) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) {
      return InvalidArgument("the schema in the database URL may hold only letters, digits and _");
    }
  }
  return OpenPostgresStore(libpq_url, schema, pool_size);
}

}  // namespace

const char* DialectName(Dialect d) { return d == Dialect::kSqlite ? "sqlite" : "postgresql"; }

Result<std::unique_ptr<Store>> Store::Open(const std::string& url, int pool_size) {
  if (pool_size < 1) return InvalidArgument("the connection pool needs at least one connection");
  constexpr std::string_view kSqlite = "sqlite://";
  if (url.rfind(kSqlite, 0) == 0) {
    const std::string path = url.substr(kSqlite.size());
    if (path.empty()) return InvalidArgument("the database URL '" + url + "' names no file");
    return OpenSqliteStore(path, pool_size);
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return OpenPostgresUrl(url, pool_size);
  }
  return InvalidArgument("unknown database URL '" + url +
                         "': use sqlite:///path/file.db or postgresql://user@host:port/dbname");
}

Status Store::Migrate() {
  VB_ASSIGN_OR_RETURN(auto txn, Begin(Access::kWrite));
  if (dialect() == Dialect::kPostgresql) VB_RETURN_IF_ERROR(txn->Query(kPgMigrationLock).status());
  VB_RETURN_IF_ERROR(txn->ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
  VB_ASSIGN_OR_RETURN(auto rows, txn->Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  const int current = static_cast<int>(rows.at(0).Int(0));
  const auto migrations = EmbeddedMigrations(dialect());
  const int known = migrations.empty() ? 0 : migrations.back().version;
  if (current > known) {
    return FailedPrecondition("the database is at schema version " + std::to_string(current) +
                              ", newer than this verbatim knows (" + std::to_string(known) +
                              "): run a newer verbatim");
  }
  const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  for (const Migration& m : migrations) {
    if (m.version <= current) continue;
    Status s = txn->ExecuteScript(m.sql);
    if (!s.ok()) {
      return Status(s.code(), "migration " + std::string(m.name) + " failed: " + s.message());
    }
    VB_RETURN_IF_ERROR(txn->Execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        {m.version, std::string(m.name), static_cast<std::int64_t>(now)}).status());
  }
  return txn->Commit();
}

Result<int> Store::SchemaVersion() {
  VB_ASSIGN_OR_RETURN(auto txn, Begin(Access::kRead));
  VB_ASSIGN_OR_RETURN(auto rows, txn->Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  return static_cast<int>(rows.at(0).Int(0));
}

}  // namespace verbatim::store
