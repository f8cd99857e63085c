// make bench (scripts/bench-coi): the COI search on SQLite at scale (issue 6, "Proof").
//
// Builds a library of generated passages (default 100,000 of about 10 kB: about 1 GB of text)
// from runs of words of the real reports in data/coi (deterministic seed), indexes it through
// the store's own insert path (FTS5 triggers), then times a mix of selective and common queries
// through coi::Search beside the raw FTS5 MATCH query on the same index, and beside ripgrep over
// the same text written to files. Prints a table and says when a goal is missed:
//   coi::Search overhead <= 1.3x the raw FTS5 query (p50 per query), p99 <= 100 ms.
//
// Usage: coi_search_bench WORK_DIR
// Env:   VERBATIM_COI_BENCH_PASSAGES (100000), VERBATIM_COI_BENCH_PASSAGE_BYTES (10000),
//        VERBATIM_COI_BENCH_REPS (20 timed runs per query), VERBATIM_COI_BENCH_RG_REPS (3),
//        VERBATIM_COI_BENCH_REUSE=1 (keep an index already built in WORK_DIR: query timings only).
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "coi/query.h"
#include "coi/search.h"
#include "store/coi_table.h"
#include "store/store.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace verbatim;

namespace {

long EnvOr(const char* name, long fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::strtol(v, nullptr, 10) : fallback;
}

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5));
  return v[i];
}

// The words of every report in data/coi, in order (header blocks included: they are text too).
std::vector<std::string> CorpusWords() {
  std::vector<std::string> words;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(VERBATIM_SOURCE_DIR) / "data" / "coi")) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::string w;
    while (in >> w) words.push_back(w);
  }
  return words;
}

// Text of `bytes` made of runs of 5–20 consecutive corpus words from random places, split into
// sentences: realistic word frequencies and phrases ("human rights") without copying whole
// reports.
class TextGenerator {
 public:
  explicit TextGenerator(const std::vector<std::string>& words) : words_(words), rng_(20261122) {}

  std::string Make(std::size_t bytes) {
    std::string out;
    out.reserve(bytes + 200);
    std::uniform_int_distribution<std::size_t> start(0, words_.size() - 21);
    std::uniform_int_distribution<int> run(5, 20);
    while (out.size() < bytes) {
      const std::size_t s = start(rng_);
      const int n = run(rng_);
      for (int i = 0; i < n; ++i) {
        out += words_[s + i];
        out += ' ';
      }
      if (rng_() % 4 == 0) out += "\n\n";
    }
    return out;
  }

 private:
  const std::vector<std::string>& words_;
  std::mt19937_64 rng_;
};

struct BenchQuery {
  std::string kind;  // selective, common, …
  std::string text;
  std::string rg_pattern;  // what an officer would grep for; "" when ripgrep cannot say it
};

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Queries chosen from the corpus' own word counts: selective words occur once in the reports
// (so in about 0.5% of generated passages), common ones are among the most frequent.
std::vector<BenchQuery> ChooseQueries(const std::vector<std::string>& words) {
  std::map<std::string, long> counts;
  for (const auto& w : words) {
    if (w.size() >= 7 && std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
      ++counts[Lower(w)];
    }
  }
  std::vector<std::pair<long, std::string>> by_count;
  for (const auto& [w, c] : counts) by_count.push_back({c, w});
  std::sort(by_count.begin(), by_count.end());
  std::vector<std::string> rare, mid;
  for (const auto& [c, w] : by_count) {
    if (c == 1 && rare.size() < 200) rare.push_back(w);
    if (c >= 40 && c <= 60 && mid.size() < 3) mid.push_back(w);
  }
  const std::string common1 = by_count[by_count.size() - 1].second;
  const std::string common2 = by_count[by_count.size() - 2].second;
  const std::string common3 = by_count[by_count.size() - 5].second;
  return {
      {"selective", rare[17], rare[17]},
      {"selective", rare[101], rare[101]},
      {"selective", rare[173] + "*", rare[173]},
      {"medium", mid.empty() ? rare[5] : mid[0], mid.empty() ? rare[5] : mid[0]},
      {"common", common1, common1},
      {"common", common2, common2},
      {"common AND", common1 + " " + common3, ""},
      {"common+selective", common2 + " " + rare[42], ""},
      {"phrase", "\"human rights\"", "human rights"},
      {"NEAR", "NEAR(" + common1 + " " + common3 + ", 5)", ""},
      {"OR", rare[60] + " OR " + rare[61], rare[60] + "|" + rare[61]},
  };
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: coi_search_bench WORK_DIR\n";
    return 2;
  }
  const fs::path dir = argv[1];
  const long n_passages = EnvOr("VERBATIM_COI_BENCH_PASSAGES", 100000);
  const long passage_bytes = EnvOr("VERBATIM_COI_BENCH_PASSAGE_BYTES", 10000);
  const long reps = EnvOr("VERBATIM_COI_BENCH_REPS", 20);
  const long rg_reps = EnvOr("VERBATIM_COI_BENCH_RG_REPS", 3);
  constexpr int kPerDocument = 100;
  fs::create_directories(dir / "text");
  const fs::path db_path = dir / "coi-bench.db";
  const bool reuse = EnvOr("VERBATIM_COI_BENCH_REUSE", 0) == 1 && fs::exists(db_path);
  if (!reuse) fs::remove(db_path);

  const auto words = CorpusWords();
  if (words.size() < 1000) {
    std::cerr << "coi_search_bench: data/coi has too few words\n";
    return 1;
  }
  auto store = store::Store::Open("sqlite://" + db_path.string(), 2);
  if (!store.ok()) {
    std::cerr << "coi_search_bench: " << store.status().message() << "\n";
    return 1;
  }

  // Index: one transaction per document of 100 passages, through the store's insert (and so the
  // FTS5 triggers). Generating the text is not timed; writing the ripgrep files is not either.
  TextGenerator generator(words);
  const char* countries[] = {"AF", "IR", "IQ", "SY", "ER", "SO", "RU", "TR", "PK", "NG"};
  const char* publishers[] = {"Example Agency A (generated)", "Example Agency B (generated)", "Example Agency C (generated)"};
  std::size_t text_bytes = 0;
  Clock::duration index_time{};
  for (long first = 0, doc_no = 0; !reuse && first < n_passages; first += kPerDocument, ++doc_no) {
    store::CoiDocumentRecord doc;
    char id[32];
    std::snprintf(id, sizeof id, "coi-bench-%06ld", doc_no);
    doc.id = id;
    doc.content_hash = id;
    doc.title = "Generated report " + std::to_string(doc_no);
    doc.publisher = publishers[doc_no % 3];
    doc.country = countries[doc_no % 10];
    doc.language = "en";
    doc.published = std::to_string(2015 + doc_no % 11) + "-06-01";
    doc.published_date = doc.published;
    doc.document_type = "Generated";
    doc.file_name = doc.id + ".txt";
    std::vector<store::CoiPassageRecord> passages;
    std::ofstream text_file(dir / "text" / doc.file_name);
    for (long i = first; i < std::min(n_passages, first + kPerDocument); ++i) {
      char pid[48];
      std::snprintf(pid, sizeof pid, "%s-p%05ld", id, i - first + 1);
      std::string text = generator.Make(static_cast<std::size_t>(passage_bytes));
      text_bytes += text.size();
      text_file << text << "\n\n";
      passages.push_back({pid, doc.id, static_cast<int>(i - first + 1), "Section " + std::to_string(i % 7 + 1), std::move(text)});
    }
    const auto t0 = Clock::now();
    auto txn = (*store)->Begin(store::Access::kWrite);
    if (!txn.ok() || !store::InsertCoiDocument(**txn, doc, passages).ok() || !(*txn)->Commit().ok()) {
      std::cerr << "coi_search_bench: indexing failed\n";
      return 1;
    }
    index_time += Clock::now() - t0;
    if (doc_no % 100 == 99) std::cerr << "  indexed " << first + kPerDocument << " passages\r" << std::flush;
  }
  std::cerr << "\n";
  const double mb = text_bytes / 1e6;
  if (!reuse) std::printf("library: %ld passages, %.0f MB of text in %ld documents\n", n_passages, mb,
              (n_passages + kPerDocument - 1) / kPerDocument);
  if (!reuse) std::printf("indexing (store insert + FTS5 triggers, commit per document): %.1f s, %.1f MB/s\n",
              Ms(index_time) / 1000, mb / (Ms(index_time) / 1000));

  // The raw FTS5 query on the same file: the least any search of this index has to do.
  sqlite3* raw = nullptr;
  sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(raw,
                     "SELECT passage_id, bm25(coi_passages_fts, 2.0, 1.0) AS s FROM coi_passages_fts "
                     "WHERE coi_passages_fts MATCH ?1 ORDER BY s LIMIT 20",
                     -1, &stmt, nullptr);
  auto run_raw = [&](const std::string& match) {
    sqlite3_reset(stmt);
    sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) ++rows;
    return rows;
  };
  // The same answer coi::Search gives, written by hand in raw FTS5: the number of matches and
  // the best 20 with their snippets. The ids-only query above is the floor; this is like for like.
  sqlite3_stmt* count_stmt = nullptr;
  sqlite3_prepare_v2(raw, "SELECT COUNT(*) FROM coi_passages_fts WHERE coi_passages_fts MATCH ?1", -1,
                     &count_stmt, nullptr);
  sqlite3_stmt* page_stmt = nullptr;
  sqlite3_prepare_v2(raw,
                     // The best 20 first, then snippets for those rows only: snippet() in the
                     // ranking query itself would run for every match before the sort.
                     "SELECT passage_id, bm25(coi_passages_fts, 2.0, 1.0) AS s, "
                     "snippet(coi_passages_fts, 1, '<mark>', '</mark>', '…', 32) "
                     "FROM coi_passages_fts WHERE coi_passages_fts MATCH ?1 AND rowid IN ("
                     "SELECT rowid FROM coi_passages_fts WHERE coi_passages_fts MATCH ?1 "
                     "ORDER BY bm25(coi_passages_fts, 2.0, 1.0) LIMIT 20) ORDER BY s",
                     -1, &page_stmt, nullptr);
  auto run_same_answer = [&](const std::string& match) {
    int rows = 0;
    for (sqlite3_stmt* st : {count_stmt, page_stmt}) {
      sqlite3_reset(st);
      sqlite3_bind_text(st, 1, match.c_str(), -1, SQLITE_TRANSIENT);
      while (sqlite3_step(st) == SQLITE_ROW) ++rows;
    }
    return rows;
  };

  const auto queries = ChooseQueries(words);
  std::vector<double> all_search, all_raw, all_same;
  std::printf("\n%-17s %-34s %9s %10s %10s %10s %7s %10s\n", "kind", "query", "matches", "search ms",
              "raw ids ms", "raw same", "ratio", "rg ms");
  bool overhead_ok = true;
  for (const auto& q : queries) {
    auto ast = coi::ParseQuery(q.text);
    if (!ast.ok()) {
      std::cerr << q.text << ": " << ast.status().message() << "\n";
      return 1;
    }
    const std::string match = coi::RenderFts5(**ast);
    coi::SearchRequest request;
    request.query = q.text;
    std::int64_t total = 0;
    std::vector<double> search_ms, raw_ms, same_ms;
    for (long r = 0; r <= reps; ++r) {  // the first of each is a warm-up
      auto t0 = Clock::now();
      auto found = coi::Search(**store, request);
      const double s = Ms(Clock::now() - t0);
      if (!found.ok()) {
        std::cerr << q.text << ": " << found.status().message() << "\n";
        return 1;
      }
      total = found->total;
      t0 = Clock::now();
      run_raw(match);
      const double w = Ms(Clock::now() - t0);
      t0 = Clock::now();
      run_same_answer(match);
      const double same = Ms(Clock::now() - t0);
      if (r == 0) continue;
      search_ms.push_back(s);
      raw_ms.push_back(w);
      same_ms.push_back(same);
    }
    std::vector<double> rg_ms;
    if (!q.rg_pattern.empty()) {
      const std::string cmd = "rg --count-matches --ignore-case --no-messages -e '" + q.rg_pattern +
                              "' '" + (dir / "text").string() + "' > /dev/null";
      for (long r = 0; r < rg_reps; ++r) {
        const auto t0 = Clock::now();
        if (std::system(cmd.c_str()) == -1) break;
        rg_ms.push_back(Ms(Clock::now() - t0));
      }
    }
    const double p50s = Percentile(search_ms, 0.5), p50r = Percentile(raw_ms, 0.5);
    const double p50same = Percentile(same_ms, 0.5);
    // The goal compares like with like: coi::Search against raw FTS5 giving the same answer.
    const double ratio = p50same > 0 ? p50s / p50same : 0;
    overhead_ok = overhead_ok && ratio <= 1.3;
    all_search.insert(all_search.end(), search_ms.begin(), search_ms.end());
    all_raw.insert(all_raw.end(), raw_ms.begin(), raw_ms.end());
    all_same.insert(all_same.end(), same_ms.begin(), same_ms.end());
    char rg[32] = "-";
    if (!rg_ms.empty()) std::snprintf(rg, sizeof rg, "%.0f", Percentile(rg_ms, 0.5));
    std::printf("%-17s %-34.34s %9lld %10.2f %10.2f %10.2f %6.2fx %10s\n", q.kind.c_str(),
                q.text.c_str(), static_cast<long long>(total), p50s, p50r, p50same, ratio, rg);
  }
  sqlite3_finalize(stmt);
  sqlite3_finalize(count_stmt);
  sqlite3_finalize(page_stmt);
  sqlite3_close(raw);

  const double p99 = Percentile(all_search, 0.99);
  std::printf("\nover all queries (%zu timed runs each):\n", all_search.size());
  std::printf("  coi::Search  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms\n", Percentile(all_search, 0.5),
              Percentile(all_search, 0.95), p99);
  std::printf("  raw FTS5 ids p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  (top 20 ids only: the floor)\n",
              Percentile(all_raw, 0.5), Percentile(all_raw, 0.95), Percentile(all_raw, 0.99));
  std::printf("  raw FTS5 same answer p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  (count + top 20 with snippets)\n",
              Percentile(all_same, 0.5), Percentile(all_same, 0.95), Percentile(all_same, 0.99));
  std::printf("  goal overhead <= 1.3x the same answer in raw FTS5, per query: %s\n",
              overhead_ok ? "met" : "MISSED (see the ratio column)");
  std::printf("  goal p99 <= 100 ms: %s (%.1f ms)\n", p99 <= 100 ? "met" : "MISSED", p99);
  std::printf("  ripgrep (rg ms, median of %ld) reads every file for every query; it gives lines, "
              "not ranked passages.\n", rg_reps);
  return 0;
}
