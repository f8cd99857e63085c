#include "speech/speech_service.h"

#include "speech/transcriber_factory.h"

namespace verbatim::speech {

SpeechService::SpeechService(const Config& config, std::filesystem::path data_dir, const Clock& clock)
    : config_(config),
      data_dir_(std::move(data_dir)),
      dictations_([this] { return Engine(); }, clock) {}

Result<Transcriber*> SpeechService::Engine() {
  std::lock_guard lock(mutex_);
  if (!engine_) {
    VB_ASSIGN_OR_RETURN(engine_, CreateTranscriber(config_, data_dir_));
  }
  return engine_.get();
}

}  // namespace verbatim::speech
