#include "speech/transcriber.h"

namespace verbatim::speech {

Status BufferingStream::Feed(std::span<const std::int16_t> samples) {
  if (finished_) return FailedPrecondition("the dictation has ended");
  audio_.samples.insert(audio_.samples.end(), samples.begin(), samples.end());
  return Status::Ok();
}

Result<Transcript> BufferingStream::Finish() {
  if (finished_) return FailedPrecondition("the dictation has ended");
  finished_ = true;
  VB_RETURN_IF_ERROR(CheckSpeechLike(audio_, "the dictation"));
  return engine_.Transcribe(audio_, vocabulary_);
}

}  // namespace verbatim::speech
