#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "speech/pcm_audio.h"
#include "speech/transcript.h"
#include "speech/vocabulary.h"

struct ps_decoder_s;
struct ngram_model_s;
struct cmd_ln_s;

namespace verbatim::speech {

/// What every decoder of one engine is built from; computed once by the engine.
struct DecoderSetup {
  std::filesystem::path acoustic_model;  // the en-us/ folder
  std::filesystem::path dictionary;      // cmudict-en-us.dict
  std::filesystem::path general_lm;      // en-us.lm.bin
  /// The dictation model in ARPA format; empty: the general model alone.
  std::filesystem::path dictation_lm;
  /// Its share in the linear interpolation with the general model, 0 to 1.
  float dictation_weight = 0.5f;
  /// Words of the dictation model the dictionary lacks, with their CMU phones.
  std::vector<std::pair<std::string, std::string>> extra_words;
};

/// One PocketSphinx decoder (ps_decoder_t) with its language model search. Not thread-safe:
/// the engine's pool hands it to one caller at a time. Long audio is cut into utterances at
/// pauses by PocketSphinx's voice activity detector, as pocketsphinx_continuous does.
class SphinxDecoder {
 public:
  static Result<std::unique_ptr<SphinxDecoder>> Create(const DecoderSetup& setup);
  ~SphinxDecoder();
  SphinxDecoder(const SphinxDecoder&) = delete;
  SphinxDecoder& operator=(const SphinxDecoder&) = delete;

  /// Makes the case's words recognisable (dictionary with pronunciations, and the language
  /// model's vocabulary). Words stay until the decoder is destroyed: the pool never hands a
  /// decoder with one case's words to a request for another.
  Status AddCaseWords(const Vocabulary& words);
  const std::set<std::string>& case_words() const { return case_words_; }

  /// Starts listening. `whole` is the complete recording when it is known in advance (a file),
  /// nullptr for live dictation.
  Status Begin(const PcmAudio* whole);
  Status Feed(std::span<const std::int16_t> samples);
  /// Finished utterances plus the current one's best guess.
  std::string Partial();
  /// Ends the audio; the words and text of every utterance.
  Result<Transcript> End();

 private:
  explicit SphinxDecoder(ps_decoder_s* ps) : ps_(ps) {}
  void CollectUtterance();
  void SetCepstralMean(const PcmAudio* whole);
  Status InstallLanguageModel();

  ps_decoder_s* ps_;
  cmd_ln_s* config_ = nullptr;
  ngram_model_s* general_ = nullptr;    // owned reference
  ngram_model_s* dictation_ = nullptr;  // owned reference; null without a dictation model
  float dictation_weight_ = 0;
  std::set<std::string> case_words_;
  std::vector<float> initial_cmn_;
  Transcript transcript_;
  std::int64_t samples_fed_ = 0;
  std::int64_t utterance_start_ = 0;
  bool in_utterance_ = false;
  bool heard_speech_ = false;
};

}  // namespace verbatim::speech
