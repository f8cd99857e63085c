#include <filesystem>
#include <iostream>

#include "audit/audit_log.h"
#include "cli/command.h"

namespace verbatim::cli {
namespace {

int Migrate(const DataFlags& data) {
  auto config = ResolveConfig(data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);  // opening applies pending migrations
  if (!store) return 1;
  auto version = store->SchemaVersion();
  if (!version.ok()) return Fail(version.status().message());
  std::cout << "Database is at schema version " << *version << ".\n";
  return 0;
}

int Backup(const DataFlags& data, const std::string& out) {
  if (std::filesystem::exists(out)) {
    return Fail(out + " exists already; remove it or choose another file");
  }
  auto config = ResolveConfig(data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  if (Status s = store->Backup(out); !s.ok()) return Fail(s.message());
  std::cout << "Backup written to " << out << ".\n";
  return 0;
}

int VerifyAudit(const DataFlags& data) {
  auto config = ResolveConfig(data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  auto report = audit::Verify(*store);
  if (!report.ok()) return Fail(report.status().message());
  if (report->first_broken_seq) {
    std::cout << "Audit log BROKEN at row " << *report->first_broken_seq << ": "
              << report->problem << ".\n";
    return 1;
  }
  std::cout << "Audit log intact: " << report->rows_checked << " rows.\n";
  return 0;
}

}  // namespace

void AddDataCommands(std::vector<Command>& table) {
  table.push_back({{"migrate"}, "apply pending database migrations and print the schema version",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<DataFlags>();
                     AddDataFlags(app, *f);
                     return [f] { return Migrate(*f); };
                   }});
  table.push_back({{"backup"}, "copy a SQLite database while it is in use (online backup)",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<DataFlags>();
                     auto out = std::make_shared<std::string>();
                     app.add_option("--out", *out, "the backup file to write (must not exist)")
                         ->required();
                     AddDataFlags(app, *f);
                     return [f, out] { return Backup(*f, *out); };
                   }});
  table.push_back({{"audit", "verify"},
                   "check the audit log's hash chain; exit 1 naming the first broken row",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<DataFlags>();
                     AddDataFlags(app, *f);
                     return [f] { return VerifyAudit(*f); };
                   }});
}

}  // namespace verbatim::cli
