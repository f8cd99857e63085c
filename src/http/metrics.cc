#include "http/metrics.h"

#include <sstream>

namespace verbatim::http {

void Metrics::Record(const std::string& route, const std::string& method, int status,
                     double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, method, status}];
  Histogram& h = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  }
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::Render() const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  out << "# HELP verbatim_http_requests_total HTTP requests by route pattern, method and status.\n"
         "# TYPE verbatim_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [route, method, status] = key;
    out << "verbatim_http_requests_total{route=\"" << route << "\",method=\"" << method
        << "\",status=\"" << status << "\"} " << count << "\n";
  }
  out << "# HELP verbatim_http_request_duration_seconds Time from request read to response.\n"
         "# TYPE verbatim_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out << "verbatim_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\""
          << kBuckets[i] << "\"} " << h.buckets[i] << "\n";
    }
    out << "verbatim_http_request_duration_seconds_bucket{route=\"" << route
        << "\",le=\"+Inf\"} " << h.count << "\n";
    out << "verbatim_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum
        << "\n";
    out << "verbatim_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.count
        << "\n";
  }
  return out.str();
}

}  // namespace verbatim::http
