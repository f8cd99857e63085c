#include "http/body_limit.h"

#include <algorithm>
#include <charconv>

namespace verbatim::http {
namespace {

bool IsAudioUpload(const std::string& method, const std::string& path) {
  return method == "POST" && path == "/api/v1/transcribe";
}

}  // namespace

std::int64_t BodyLimitFor(const Config& config, const std::string& method, const std::string& path) {
  return IsAudioUpload(method, path) ? config.max_audio_bytes : config.max_body_bytes;
}

std::int64_t LargestBodyLimit(const Config& config) {
  return std::max(config.max_body_bytes, config.max_audio_bytes);
}

std::optional<BodyRefusal> CheckBodyLimit(const Config& config, const std::string& method,
                                          const std::string& path,
                                          const std::optional<std::string>& content_length,
                                          bool chunked) {
  const bool audio = IsAudioUpload(method, path);
  const std::int64_t limit = BodyLimitFor(config, method, path);
  const char* key = audio ? "max_audio_bytes" : "max_body_bytes";
  if (content_length) {
    std::int64_t length = 0;
    const auto* end = content_length->data() + content_length->size();
    auto [at, error] = std::from_chars(content_length->data(), end, length);
    // A malformed length is httplib's to refuse (400); only a readable one is compared here.
    if (error == std::errc() && at == end && length > limit) {
      return BodyRefusal{413, std::string("The request body is too large: ") +
                                  std::to_string(length) + " bytes, and the limit is " +
                                  std::to_string(limit) + " (" + key + ")." +
                                  (audio ? " Longer dictation goes through the live stream." : "")};
    }
    return std::nullopt;
  }
  if (chunked && !audio && config.max_audio_bytes > config.max_body_bytes) {
    return BodyRefusal{411, "Send the body with a Content-Length header."};
  }
  return std::nullopt;
}

}  // namespace verbatim::http
