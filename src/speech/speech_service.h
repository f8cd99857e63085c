#pragma once

#include <filesystem>
#include <memory>
#include <mutex>

#include "base/config.h"
#include "speech/dictation_sessions.h"
#include "speech/transcriber.h"

namespace verbatim::speech {

/// Dictation for the server: the configured engine, loaded once on first use (so that a server
/// whose users never dictate does not spend seconds and memory on the model), and the live
/// dictations. Thread-safe.
class SpeechService {
 public:
  SpeechService(const Config& config, std::filesystem::path data_dir, const Clock& clock);

  /// The engine; a load that failed is retried on the next call, with the same clear error
  /// until the configuration is fixed.
  Result<Transcriber*> Engine();
  DictationSessions& dictations() { return dictations_; }

 private:
  const Config& config_;
  std::filesystem::path data_dir_;
  std::mutex mutex_;
  std::unique_ptr<Transcriber> engine_;
  DictationSessions dictations_;
};

}  // namespace verbatim::speech
