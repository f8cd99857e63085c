// The latency of an acknowledged interview entry over HTTP (the answer comes only after the
// durable commit) beside the raw latency of fdatasync on the same disk, measured in one run.
// Usage: entry_latency HOST PORT COOKIE CSRF INTERVIEW_ID FSYNC_DIR [COUNT]
#include <fcntl.h>
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * (v.size() - 1))];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 7) {
    std::fprintf(stderr, "usage: entry_latency HOST PORT COOKIE CSRF INTERVIEW_ID FSYNC_DIR [COUNT]\n");
    return 2;
  }
  const int count = argc > 7 ? std::atoi(argv[7]) : 500;
  httplib::Client client(argv[1], std::atoi(argv[2]));
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);  // as browsers do; without it Nagle adds ~40 ms per POST
  const httplib::Headers headers = {{"Cookie", argv[3]}, {"X-CSRF-Token", argv[4]}};
  const std::string path = std::string("/api/v1/interviews/") + argv[5] + "/entries";

  std::vector<double> entry_ms, fsync_ms;
  for (int i = 0; i < count; ++i) {
    const std::string body = R"({"kind":"observation","text":"The applicant pauses before answering.","client_id":"bench-)" +
                             std::to_string(i) + R"("})";
    const auto start = Clock::now();
    auto res = client.Post(path.c_str(), headers, body, "application/json");
    const auto end = Clock::now();
    if (!res || res->status != 201) {
      std::fprintf(stderr, "entry %d failed: %d %s\n", i, res ? res->status : -1,
                   res ? res->body.c_str() : "no answer");
      return 1;
    }
    entry_ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  const std::string file = std::string(argv[6]) + "/fsync-latency.bin";
  const int fd = open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  const std::string line(200, 'x');
  for (int i = 0; i < count; ++i) {
    const auto start = Clock::now();
    if (write(fd, line.data(), line.size()) < 0) return 1;
    fdatasync(fd);
    fsync_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  close(fd);
  unlink(file.c_str());
  const double e50 = Percentile(entry_ms, 0.5), e99 = Percentile(entry_ms, 0.99);
  const double f50 = Percentile(fsync_ms, 0.5), f99 = Percentile(fsync_ms, 0.99);
  std::printf("raw fdatasync:       p50 %7.3f ms   p99 %7.3f ms\n", f50, f99);
  std::printf("acknowledged entry:  p50 %7.3f ms   p99 %7.3f ms   p99 ratio %.2fx the fsync p99 (goal <= 3x)\n",
              e50, e99, e99 / f99);
  return 0;
}
