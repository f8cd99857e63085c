#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>

namespace verbatim::http {

/// Request counts by route and status, and a latency histogram by route, in the Prometheus
/// text format. Route labels are route patterns ("/api/v1/cases/{id}"), never raw paths, so
/// the number of series stays bounded and no id reaches the metrics. Thread-safe.
class Metrics {
 public:
  void Record(const std::string& route, const std::string& method, int status, double seconds);
  std::string Render() const;

 private:
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1,    2.5};
  struct Histogram {
    std::array<long long, kBuckets.size()> buckets{};
    long long count = 0;
    double sum = 0;
  };

  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, long long> requests_;
  std::map<std::string, Histogram> latency_;
};

}  // namespace verbatim::http
