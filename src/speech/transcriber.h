#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "base/result.h"
#include "speech/pcm_audio.h"
#include "speech/transcript.h"
#include "speech/vocabulary.h"

namespace verbatim::speech {

/// One live dictation: 16 kHz samples go in as they are recorded, the best guess so far can be
/// read at any time, and Finish gives the final transcript. Not thread-safe: one caller at a
/// time (the HTTP layer holds a lock per stream).
class TranscriptionStream {
 public:
  virtual ~TranscriptionStream() = default;
  virtual Status Feed(std::span<const std::int16_t> samples) = 0;
  /// The hypothesis so far; "" when the engine has none before the end.
  virtual std::string Partial() = 0;
  /// Ends the utterance. The stream takes no audio afterwards.
  virtual Result<Transcript> Finish() = 0;
};

/// A speech-to-text engine (STYLE.md rule 4: every outside thing behind an interface). Every
/// implementation is safe to call from many threads at once and loads its model only once.
class Transcriber {
 public:
  virtual ~Transcriber() = default;
  /// "pocketsphinx", "command:<program>".
  virtual std::string engine() const = 0;
  /// `vocabulary` holds the case's own words that must be recognisable in this request only.
  virtual Result<Transcript> Transcribe(const PcmAudio& audio, const Vocabulary& vocabulary) = 0;
  virtual Result<std::unique_ptr<TranscriptionStream>> OpenStream(const Vocabulary& vocabulary) = 0;
};

/// The streaming variant for an engine that only takes whole recordings: it keeps the audio
/// and transcribes it at Finish, with no partial hypotheses.
class BufferingStream : public TranscriptionStream {
 public:
  BufferingStream(Transcriber& engine, Vocabulary vocabulary)
      : engine_(engine), vocabulary_(std::move(vocabulary)) {}
  Status Feed(std::span<const std::int16_t> samples) override;
  std::string Partial() override { return ""; }
  Result<Transcript> Finish() override;

 private:
  Transcriber& engine_;
  Vocabulary vocabulary_;
  PcmAudio audio_;
  bool finished_ = false;
};

}  // namespace verbatim::speech
