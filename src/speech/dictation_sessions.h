#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>

#include "base/clock.h"
#include "base/result.h"
#include "speech/transcriber.h"

namespace verbatim::speech {

struct DictationLimits {
  /// Live dictations open at once on this server; each holds a decoder.
  size_t max_streams = 2;
  /// A dictation with no audio and no reader for this long is dropped.
  std::chrono::seconds idle_timeout{60};
  /// The longest one dictation may run.
  std::chrono::seconds max_audio{300};
};

/// What a reader of a dictation's events gets next.
struct DictationEvent {
  int version = 0;
  /// Set when nothing new came within the wait (a keep-alive for the reader).
  bool idle = false;
  std::string partial;
  /// Set once, after End: the final transcript or why there is none.
  std::optional<Result<Transcript>> final;
};

/// The live dictations of a server: each belongs to the user who opened it, and only that user
/// may feed it, read its events or end it. Thread-safe.
class DictationSessions {
 public:
  /// `engine` is called on the first Open: the model loads when dictation is first used.
  DictationSessions(std::function<Result<Transcriber*>()> engine, const Clock& clock,
                    DictationLimits limits = {});
  ~DictationSessions();

  Result<std::string> Open(std::int64_t owner, const Vocabulary& vocabulary);
  Status Feed(std::int64_t owner, const std::string& id, std::span<const std::int16_t> samples);
  /// Ends the audio and returns the final transcript (also sent to the event reader).
  Result<Transcript> End(std::int64_t owner, const std::string& id);
  /// Ok when `id` is a live dictation of `owner` (NotFound, PermissionDenied otherwise).
  Status Check(std::int64_t owner, const std::string& id) { return Find(owner, id).status(); }
  /// Waits up to `wait` for an event newer than `seen` (0 for the first call).
  Result<DictationEvent> Next(std::int64_t owner, const std::string& id, int seen,
                              std::chrono::milliseconds wait);

 private:
  struct Session;
  Result<std::shared_ptr<Session>> Find(std::int64_t owner, const std::string& id);
  void DropExpired();

  std::function<Result<Transcriber*>()> engine_;
  const Clock& clock_;
  DictationLimits limits_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Session>> sessions_;
};

}  // namespace verbatim::speech
