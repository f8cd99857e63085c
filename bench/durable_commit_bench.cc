// A durable SQLite commit (WAL, synchronous=FULL: one acknowledged interview entry) beside the
// raw cost of the disk: a 100-byte write and fdatasync to a file in the same folder. The ratio
// is what the database adds on top of the fsync every durable write must pay.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "store/store.h"

namespace {

std::string BenchDir() {
  const char* dir = std::getenv("VERBATIM_BENCH_DIR");
  return dir ? dir : std::filesystem::temp_directory_path().string();
}

void BM_RawFsync(benchmark::State& state) {
  const std::string path = BenchDir() + "/fsync-reference.bin";
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  const std::string line(100, 'x');
  for (auto _ : state) {
    if (write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) std::abort();
    fdatasync(fd);
  }
  close(fd);
  std::filesystem::remove(path);
}
BENCHMARK(BM_RawFsync)->UseRealTime()->MinTime(2.0);

void BM_DurableSqliteCommit(benchmark::State& state) {
  const std::string path = BenchDir() + "/commit-bench.db";
  std::filesystem::remove(path);
  auto store = verbatim::store::Store::Open("sqlite://" + path, 1);
  if (!store.ok()) std::abort();
  {
    auto txn = (*store)->Begin(verbatim::store::Access::kWrite);
    (void)(*txn)->ExecuteScript("CREATE TABLE entries (seq INTEGER PRIMARY KEY, text TEXT NOT NULL)");
    (void)(*txn)->Commit();
  }
  const std::string text(100, 'x');
  std::int64_t seq = 0;
  for (auto _ : state) {
    auto txn = (*store)->Begin(verbatim::store::Access::kWrite);
    (void)(*txn)->Execute("INSERT INTO entries (seq, text) VALUES ($1, $2)", {++seq, text});
    if (!(*txn)->Commit().ok()) std::abort();
  }
  store->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}
BENCHMARK(BM_DurableSqliteCommit)->UseRealTime()->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
