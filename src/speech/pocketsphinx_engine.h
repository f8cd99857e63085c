#pragma once

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "speech/sphinx_decoder.h"
#include "speech/transcriber.h"

namespace verbatim::speech {

struct PocketsphinxOptions {
  /// Holds en-us/ (the acoustic model), en-us.lm.bin and cmudict-en-us.dict.
  std::filesystem::path model_dir = "/usr/share/pocketsphinx/model/en-us";
  /// Empty: model_dir/cmudict-en-us.dict.
  std::filesystem::path dictionary;
  /// The dictation model's training text (data/speech); empty: the general model alone.
  std::string dictation_text;
  /// The dictation model's share in the interpolation.
  float dictation_weight = 0.5f;
  /// Decoders kept loaded at most: as many requests or live dictations run at once; more wait.
  size_t max_decoders = 3;
};

/// CMU PocketSphinx with the en-us model. Decoders are loaded on first need and kept in a small
/// pool; each serves one request or stream at a time. A decoder that learned one case's words
/// is never given to a request with other words: it is rebuilt instead, so that names from one
/// case never turn up in another's dictation.
class PocketsphinxEngine final : public Transcriber {
 public:
  static Result<std::unique_ptr<PocketsphinxEngine>> Create(const PocketsphinxOptions& options);
  ~PocketsphinxEngine() override;

  std::string engine() const override { return "pocketsphinx"; }
  Result<Transcript> Transcribe(const PcmAudio& audio, const Vocabulary& vocabulary) override;
  Result<std::unique_ptr<TranscriptionStream>> OpenStream(const Vocabulary& vocabulary) override;

  /// Gives a decoder back to the pool (streams call this when they end).
  void Release(std::unique_ptr<SphinxDecoder> decoder);
  /// A decoder that knows `vocabulary` and is listening; `whole` as for SphinxDecoder::Begin.
  Result<std::unique_ptr<SphinxDecoder>> Acquire(const Vocabulary& vocabulary, const PcmAudio* whole);

 private:
  PocketsphinxEngine(DecoderSetup setup, size_t max_decoders)
      : setup_(std::move(setup)), max_decoders_(max_decoders) {}

  DecoderSetup setup_;
  size_t max_decoders_;
  std::mutex mutex_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<SphinxDecoder>> idle_;
  size_t in_use_ = 0;
};

}  // namespace verbatim::speech
