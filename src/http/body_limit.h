#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/config.h"

namespace verbatim::http {

/// The audio upload's own limit, `max_audio_bytes`: a recorded dictation (minutes of WAV) is far
/// larger than any form, and only POST /api/v1/transcribe takes one. Every other request keeps
/// `max_body_bytes`, so raising the audio limit does not let large bodies reach other routes.
std::int64_t BodyLimitFor(const Config& config, const std::string& method, const std::string& path);

/// The largest body the HTTP layer may read for any route: the larger of the two limits.
std::int64_t LargestBodyLimit(const Config& config);

/// A refusal before the body is read, or nothing: 413 naming the key to raise when the declared
/// Content-Length passes the route's limit; 411 for a body of unknown length (chunked) outside
/// the audio upload, which could otherwise grow to the audio limit.
struct BodyRefusal {
  int status = 413;
  std::string detail;
};
std::optional<BodyRefusal> CheckBodyLimit(const Config& config, const std::string& method,
                                          const std::string& path,
                                          const std::optional<std::string>& content_length,
                                          bool chunked);

}  // namespace verbatim::http
