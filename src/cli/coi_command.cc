// `verbatim coi import` and `verbatim coi search`: the COI library from the command line
// (issue 6; AS-1 country information, searchable per country).
#include <unistd.h>

#include <iomanip>
#include <iostream>

#include "cli/command.h"
#include "coi/folder_import.h"
#include "coi/search.h"
#include "coi/snippet.h"

namespace verbatim::cli {
namespace {

struct ImportFlags {
  DataFlags data;
  std::vector<std::string> paths;
  coi::ImportOptions options;
};

struct SearchFlags {
  DataFlags data;
  coi::SearchRequest request;
  std::string sort;
  bool json = false;
};

// "[########------------] 12/56 us-dos-2024-iran.txt" on one line that redraws itself.
void DrawBar(std::size_t done, std::size_t total, const std::string& name) {
  constexpr int kWidth = 24;
  const int filled = total == 0 ? kWidth : static_cast<int>(kWidth * done / total);
  std::string shown = name.size() > 40 ? "…" + name.substr(name.size() - 39) : name;
  std::cerr << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, '-') << "] "
            << done << "/" << total << " " << std::left << std::setw(41) << shown << std::flush;
}

int Import(const ImportFlags& f) {
  auto config = ResolveConfig(f.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  const bool tty = isatty(STDERR_FILENO) == 1;
  auto summary = coi::ImportPaths(
      *store, f.paths, f.options,
      [tty](std::size_t done, std::size_t total, const std::filesystem::path& next) {
        if (tty) {
          DrawBar(done, total, next.filename().string());
          if (done == total) std::cerr << "\n";
        } else if (done < total) {
          std::cerr << "[" << done + 1 << "/" << total << "] " << next.string() << "\n";
        }
      });
  for (const auto& failure : summary.failures) {
    std::cerr << "verbatim: " << failure.file << ": " << failure.reason << "\n";
  }
  std::cout << "Imported " << summary.imported << " document" << (summary.imported == 1 ? "" : "s")
            << " (" << summary.passages << " passages); " << summary.already_present
            << " already present; " << summary.failures.size() << " failed.\n";
  return summary.failures.empty() ? 0 : 1;
}

int SearchCommand(SearchFlags f) {
  auto sort = coi::ParseSort(f.sort);
  if (!sort.ok()) return Fail(sort.status().message());
  f.request.sort = *sort;
  auto config = ResolveConfig(f.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  auto found = coi::Search(*store, f.request);
  if (!found.ok()) return Fail(found.status().message());
  if (f.json) {
    std::cout << coi::SearchResponseToJson(*found, f.request.facets).dump() << "\n";
    return 0;
  }
  const bool tty = isatty(STDOUT_FILENO) == 1;
  int n = f.request.offset;
  for (const auto& r : found->results) {
    std::cout << ++n << ". " << r.title << " (" << (r.source.empty() ? "unknown source" : r.source)
              << ", " << (r.date.empty() ? "undated" : r.date)
              << (r.country.empty() ? "" : ", " + r.country) << ")\n";
    if (!r.heading.empty()) std::cout << "   " << r.heading << "\n";
    std::cout << "   "
              << coi::PlainSnippet(r.marked, tty ? "\033[1m" : "[", tty ? "\033[0m" : "]") << "\n"
              << "   " << r.passage_id << "\n";
  }
  std::cout << found->results.size() << " of " << found->total << " passages\n";
  if (f.request.facets) {
    auto print = [](const char* name, const std::vector<store::CoiFacetCount>& facet) {
      std::cout << name << ":";
      for (const auto& v : facet) std::cout << " " << (v.value.empty() ? "none" : v.value) << " (" << v.count << ")";
      std::cout << "\n";
    };
    print("countries", found->country_facet);
    print("sources", found->source_facet);
    print("years", found->year_facet);
  }
  return 0;
}

}  // namespace

void AddCoiCommands(std::vector<Command>& table) {
  table.push_back(
      {{"coi", "import"},
       "import country-of-origin documents (text, Markdown, HTML, PDF; files or folders)",
       [](CLI::App& app) -> std::function<int()> {
         auto f = std::make_shared<ImportFlags>();
         app.add_option("PATH", f->paths, "files or folders (read recursively)")->required();
         app.add_option("--country", f->options.country,
                        "ISO 3166 alpha-2 code for documents that do not name one");
         app.add_option("--source", f->options.source, "publisher, for documents that do not name one");
         app.add_option("--date", f->options.date, "publication date, YYYY[-MM[-DD]]");
         app.add_option("--type", f->options.document_type, "document type, e.g. 'Country report'");
         app.add_option("--language", f->options.language, "ISO 639-1 language code, e.g. en");
         AddDataFlags(app, f->data);
         return [f] { return Import(*f); };
       }});
  table.push_back(
      {{"coi", "search"},
       "search the COI library (words, OR, -word, \"phrase\", prefix*, NEAR(a b, 10))",
       [](CLI::App& app) -> std::function<int()> {
         auto f = std::make_shared<SearchFlags>();
         auto& r = f->request;
         app.add_option("QUERY", r.query, "the query, e.g. 'Taliban NEAR(women school, 5)'")
             ->required();
         app.add_option("--country", r.countries,
                        "any of these countries (ISO codes; documents without a country too)")
             ->delimiter(',');
         app.add_option("--only-country", r.only_countries, "only these countries ('none': without one)")
             ->delimiter(',');
         app.add_option("--not-country", r.not_countries, "none of these countries")->delimiter(',');
         app.add_option("--source", r.sources, "publisher contains one of these")->delimiter(',');
         app.add_option("--exclude-source", r.exclude_sources, "publisher contains none of these")
             ->delimiter(',');
         app.add_option("--type", r.types, "document type")->delimiter(',');
         app.add_option("--language", r.languages, "ISO 639-1 language code")->delimiter(',');
         app.add_option("--from", r.from_date, "published on or after, YYYY[-MM[-DD]]");
         app.add_option("--to", r.to_date, "published on or before, YYYY[-MM[-DD]]");
         app.add_option("--sort", f->sort, "relevance (default) or date");
         app.add_option("--limit", r.limit, "results per page, 1 to 100 (default 20)");
         app.add_option("--offset", r.offset, "results to skip");
         app.add_flag("--facets", r.facets, "count the matches per country, source and year");
         app.add_flag("--json", f->json,
                      "print {\"results\":[{document_id, passage_id, title, source, date, country, "
                      "heading, score, snippet}], \"total\"} (snippet: HTML with <mark>)");
         AddDataFlags(app, f->data);
         return [f] { return SearchCommand(*f); };
       }});
}

}  // namespace verbatim::cli
