#include <cmath>
#include <cstdlib>
#include <iomanip>
#include <iostream>

#include "base/clock.h"
#include "base/data_dir.h"
#include "base/json.h"
#include "cli/command.h"
#include "currency/converter.h"
#include "currency/shipped_rates.h"

namespace verbatim::cli {
namespace {

struct ConvertFlags {
  DataFlags data;
  std::string amount, from, to, on;
  bool json = false;
};

struct ImportFlags {
  DataFlags data;
  std::vector<std::string> files;
};

int Import(const ImportFlags& f) {
  auto config = ResolveConfig(f.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  int failed = 0;
  for (const auto& file : f.files) {
    auto report = currency::ImportRatesFile(*store, file);
    if (!report.ok()) {
      std::cerr << "verbatim: " << report.status().message() << "\n";
      ++failed;
      continue;
    }
    std::cout << file << ": " << report->rows << " rates (" << report->series << ")\n";
    for (const auto& s : report->skipped) std::cout << "  left out " << s << "\n";
  }
  return failed == 0 ? 0 : 1;
}

int Convert(const ConvertFlags& f) {
  char* end = nullptr;
  const double amount = std::strtod(f.amount.c_str(), &end);
  if (f.amount.empty() || *end != '\0' || !std::isfinite(amount)) {
    return Fail("'" + f.amount + "' is not an amount; write it like 1250 or 99.50");
  }
  auto date = ParseRfc3339(f.on + "T00:00:00Z");
  if (f.on.size() != 10 || !date.ok()) return Fail("'" + f.on + "' is not a date; use YYYY-MM-DD");
  auto config = ResolveConfig(f.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  // The first use of a store loads the rates shipped in data/ (no set-up needed).
  auto loaded = currency::EnsureShippedRates(*store, FindDataDir(config->data_dir));
  if (!loaded.ok()) return Fail("cannot load the shipped exchange rates: " + loaded.status().message());
  auto c = currency::Convert(*store, amount, f.from, f.to, f.on);
  if (!c.ok()) return Fail(c.status().message());
  if (f.json) {
    std::cout << Json{{"amount", c->amount}, {"rate", c->rate}, {"rate_date", c->rate_date},
                      {"source", c->source}}.dump() << "\n";
  } else {
    std::cout << std::fixed << std::setprecision(2) << amount << " " << f.from << " = " << c->amount
              << " " << f.to << "  (rate " << std::setprecision(6) << c->rate << "; " << c->source
              << ")\n";
  }
  return 0;
}

}  // namespace

void AddCurrencyCommands(std::vector<Command>& table) {
  table.push_back({{"currency", "import"}, "import exchange rates from CSV (Fed H.10 or World Bank)",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<ImportFlags>();
                     app.add_option("FILE", f->files, "rates CSV files")->required();
                     AddDataFlags(app, f->data);
                     return [f] { return Import(*f); };
                   }});
  table.push_back({{"currency", "convert"},
                   "convert an amount between currencies at a date, through the US dollar",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<ConvertFlags>();
                     app.add_option("AMOUNT", f->amount, "e.g. 1250 or 99.50")->required();
                     app.add_option("FROM", f->from, "ISO 4217 code, e.g. AFN")->required();
                     app.add_option("TO", f->to, "ISO 4217 code, e.g. EUR")->required();
                     app.add_option("--on", f->on, "the date, YYYY-MM-DD")->required();
                     app.add_flag("--json", f->json, "print {\"amount\",\"rate\",\"rate_date\",\"source\"}");
                     AddDataFlags(app, f->data);
                     return [f] { return Convert(*f); };
                   }});
}

}  // namespace verbatim::cli
