#include "currency/rate_import.h"

#include <cstdlib>
#include <map>
#include <set>

#include "currency/country_currencies.h"

namespace verbatim::currency {
namespace {

// The H.10 series by the names datasets/exchange-rates gives them, with the ISO 4217 code of
// the currency each measures (the legacy code for the euro area's former currencies).
const std::map<std::string, std::string>& FedCurrencies() {
  static const std::map<std::string, std::string> m = {
      {"Australia", "AUD"},   {"Austria", "ATS"},     {"Belgium", "BEF"},     {"Brazil", "BRL"},
      {"Canada", "CAD"},      {"China", "CNY"},       {"Denmark", "DKK"},     {"Euro", "EUR"},
      {"Finland", "FIM"},     {"France", "FRF"},      {"Germany", "DEM"},     {"Greece", "GRD"},
      {"Hong Kong", "HKD"},   {"India", "INR"},       {"Ireland", "IEP"},     {"Italy", "ITL"},
      {"Japan", "JPY"},       {"Malaysia", "MYR"},    {"Mexico", "MXN"},      {"Netherlands", "NLG"},
      {"New Zealand", "NZD"}, {"Norway", "NOK"},      {"Portugal", "PTE"},    {"Singapore", "SGD"},
      {"South Africa", "ZAR"}, {"South Korea", "KRW"}, {"Spain", "ESP"},      {"Sri Lanka", "LKR"},
      {"Sweden", "SEK"},      {"Switzerland", "CHF"}, {"Taiwan", "TWD"},      {"Thailand", "THB"},
      {"United Kingdom", "GBP"},
  };
  return m;
}

// The datasets/exchange-rates README says AUD, EUR, IEP, NZD and GBP are quoted in US dollars
// per unit, as FRED publishes them; the files themselves already hold units per US dollar for
// every series (2020-03: Euro 0.9053, United Kingdom 0.8085, Australia 1.6082 — the reciprocals
// of the known 1.10, 1.24 and 0.62 US dollars per unit). So nothing is inverted here; the test
// RateImport.EveryFedSeriesIsUnitsPerDollar keeps this checked against the shipped files.

// Series that would convert wrongly: the published values mix currency units.
const std::map<std::string, std::string> kExcluded = {
    {"Venezuela", "its values mix the bolivar's redenominations of 2008, 2018 and 2021"},
    {"VEN", "its values mix the bolivar's redenominations of 2008, 2018 and 2021"},
    {"ZWE", "its values belong to Zimbabwe's successive currencies, not to ZWG"},
};

std::vector<std::string> SplitCsv(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      out.push_back(field);
      field.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  out.push_back(field);
  return out;
}

bool ParsePositive(const std::string& text, double& value) {
  if (text.empty()) return false;
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  return *end == '\0' && value > 0;
}

std::string Decimal(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

Result<ImportedSeries> ParseFed(std::istream& in, const std::string& name) {
  struct Observation { std::string date, country; double units_per_usd; };
  std::vector<Observation> observations;
  std::set<std::string> skipped_countries;
  ImportedSeries out;
  bool monthly = false;
  std::string line;
  int number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line == "\r") continue;
    const auto f = SplitCsv(line);
    const std::string where = name + ":" + std::to_string(number) + ": ";
    if (f.size() != 3 || f[0].size() != 10 || f[0][4] != '-' || f[0][7] != '-') {
      return InvalidArgument(where + "expected Date,Country,Rate with a YYYY-MM-DD date");
    }
    if (f[2].empty()) continue;  // a month without a published rate
    double value = 0;
    if (!ParsePositive(f[2], value)) return InvalidArgument(where + "the rate '" + f[2] + "' is not a positive number");
    if (kExcluded.count(f[1])) {
      skipped_countries.insert(f[1]);
      continue;
    }
    if (!FedCurrencies().count(f[1])) return InvalidArgument(where + "unknown H.10 series '" + f[1] + "'");
    if (f[0].substr(5, 2) != "01" || f[0].substr(8, 2) != "01") monthly = true;
    observations.push_back({f[0], f[1], value});
  }
  out.series = monthly ? "fed-h10-monthly" : "fed-h10-annual";
  for (const auto& o : observations) {
    out.rows.push_back({FedCurrencies().at(o.country), out.series, monthly ? "month" : "year", o.date,
                        Decimal(o.units_per_usd)});
  }
  for (const auto& c : skipped_countries) out.skipped.push_back(c + ": " + kExcluded.at(c));
  return out;
}

Result<ImportedSeries> ParseWorldBank(std::istream& in, const std::string& name) {
  ImportedSeries out;
  out.series = "worldbank-annual";
  std::string line;
  int number = 1;
  std::vector<std::string> years;
  std::set<std::pair<std::string, std::string>> seen;  // shared currencies (XOF, XAF, …): once
  // Currencies the H.10 series cover at a finer grain are taken from there.
  std::set<std::string> fed;
  for (const auto& [country, code] : FedCurrencies()) fed.insert(code);
  fed.insert("USD");
  while (std::getline(in, line)) {
    ++number;
    const auto f = SplitCsv(line);
    if (f.size() > 4 && f[0] == "Country Name") {
      years.assign(f.begin() + 4, f.end());
      continue;
    }
    if (years.empty() || f.size() < 5 || f[3] != "PA.NUS.FCRF") continue;
    const std::string where = name + ":" + std::to_string(number) + ": ";
    if (kExcluded.count(f[1])) {
      out.skipped.push_back(f[0] + ": " + kExcluded.at(f[1]));
      continue;
    }
    const CountryCurrency* currency = CurrencyOfCountry(f[1]);
    if (currency == nullptr) continue;  // regional aggregates ("Euro area", "World", …)
    const std::string code(currency->currency);
    if (fed.count(code)) continue;
    for (std::size_t i = 4; i < f.size() && i - 4 < years.size(); ++i) {
      if (f[i].empty() || years[i - 4].empty()) continue;
      double value = 0;
      if (!ParsePositive(f[i], value)) {
        return InvalidArgument(where + "the rate '" + f[i] + "' for " + years[i - 4] + " is not a positive number");
      }
      if (!seen.insert({code, years[i - 4]}).second) continue;
      out.rows.push_back({code, out.series, "year", years[i - 4] + "-01-01", Decimal(value)});
    }
  }
  if (years.empty()) return InvalidArgument(name + ": no 'Country Name,Country Code,…' header row");
  return out;
}

}  // namespace

Result<ImportedSeries> ParseRatesCsv(std::istream& in, const std::string& name) {
  std::string first;
  if (!std::getline(in, first)) return InvalidArgument(name + ": the file is empty");
  if (first.rfind("\xEF\xBB\xBF", 0) == 0) first.erase(0, 3);  // UTF-8 byte order mark
  const auto header = SplitCsv(first);
  if (header.size() >= 3 && header[0] == "Date" && header[1] == "Country") return ParseFed(in, name);
  if (header.size() >= 2 && header[0] == "Data Source" && header[1] == "World Development Indicators") {
    return ParseWorldBank(in, name);
  }
  return InvalidArgument(name + ":1: not a rates file this importer knows (H.10 'Date,Country,…' "
                         "or World Bank 'Data Source,World Development Indicators')");
}

}  // namespace verbatim::currency
