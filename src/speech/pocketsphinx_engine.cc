#include "speech/pocketsphinx_engine.h"

#include <pocketsphinx.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>

#include "speech/arpa_writer.h"
#include "speech/dictation_text.h"
#include "speech/pronouncer.h"

namespace verbatim::speech {
namespace {

// How long a request waits for a free decoder before it is told the engine is busy.
constexpr auto kWaitForDecoder = std::chrono::seconds(30);

// The words of the dictation model the dictionary lacks. The dictionary is read directly (it is
// plain text: "word phones"), without a decoder.
Result<std::vector<std::string>> WordsMissingFromDictionary(const std::filesystem::path& dictionary,
                                                            const std::set<std::string>& words) {
  std::ifstream in(dictionary);
  if (!in) return Unavailable("cannot read the pronunciation dictionary " + dictionary.string());
  std::set<std::string> known;
  for (std::string line; std::getline(in, line);) {
    const std::string word = line.substr(0, line.find(' '));
    known.insert(word.substr(0, word.find('(')));
  }
  std::vector<std::string> missing;
  for (const auto& w : words) {
    if (w.rfind("<", 0) != 0 && known.count(w) == 0) missing.push_back(w);
  }
  return missing;
}

// A stream keeps its decoder until it finishes or is dropped, then returns it to the pool.
class PocketsphinxStream final : public TranscriptionStream {
 public:
  PocketsphinxStream(PocketsphinxEngine& engine, std::unique_ptr<SphinxDecoder> decoder)
      : engine_(engine), decoder_(std::move(decoder)) {}
  ~PocketsphinxStream() override {
    if (decoder_) {
      (void)decoder_->End();
      engine_.Release(std::move(decoder_));
    }
  }
  Status Feed(std::span<const std::int16_t> samples) override {
    if (!decoder_) return FailedPrecondition("the dictation has ended");
    const auto start = std::chrono::steady_clock::now();
    Status st = decoder_->Feed(samples);
    busy_ += std::chrono::steady_clock::now() - start;
    audio_samples_ += samples.size();
    return st;
  }
  std::string Partial() override { return decoder_ ? decoder_->Partial() : ""; }
  Result<Transcript> Finish() override {
    if (!decoder_) return FailedPrecondition("the dictation has ended");
    const auto start = std::chrono::steady_clock::now();
    auto transcript = decoder_->End();
    busy_ += std::chrono::steady_clock::now() - start;
    engine_.Release(std::move(decoder_));
    if (!transcript.ok()) return transcript.status();
    const double seconds = double(audio_samples_) / PcmAudio::kSampleRate;
    transcript->rtf = seconds > 0 ? std::chrono::duration<double>(busy_).count() / seconds : 0;
    return transcript;
  }

 private:
  PocketsphinxEngine& engine_;
  std::unique_ptr<SphinxDecoder> decoder_;
  std::chrono::steady_clock::duration busy_{};
  size_t audio_samples_ = 0;
};

}  // namespace

Result<std::unique_ptr<PocketsphinxEngine>> PocketsphinxEngine::Create(const PocketsphinxOptions& o) {
  DecoderSetup setup;
  setup.acoustic_model = o.model_dir / "en-us";
  setup.dictionary = o.dictionary.empty() ? o.model_dir / "cmudict-en-us.dict" : o.dictionary;
  setup.general_lm = o.model_dir / "en-us.lm.bin";
  setup.dictation_weight = o.dictation_weight;
  for (const auto& p : {setup.acoustic_model, setup.dictionary, setup.general_lm}) {
    if (!std::filesystem::exists(p)) {
      return Unavailable("the speech model file " + p.string() +
                         " is missing: install pocketsphinx-en-us or set speech_model_dir");
    }
  }
  if (!o.dictation_text.empty()) {
    const auto sentences = SplitIntoSentences(o.dictation_text);
    std::set<std::string> words;
    for (const auto& s : sentences) words.insert(s.begin(), s.end());
    VB_ASSIGN_OR_RETURN(auto missing, WordsMissingFromDictionary(setup.dictionary, words));
    for (const auto& [word, phones] : PronounceWords(missing)) setup.extra_words.emplace_back(word, phones);
    // sphinxbase reads models from files only: the ARPA text lives in a private temporary file
    // for as long as the engine may load more decoders.
    std::string path = (std::filesystem::temp_directory_path() / "verbatim-dictation-XXXXXX.arpa").string();
    const int fd = mkstemps(path.data(), 5);
    if (fd < 0) return Unavailable("cannot create a temporary file for the dictation model");
    const std::string arpa = WriteArpa(sentences, 3);
    const bool written = ::write(fd, arpa.data(), arpa.size()) == ssize_t(arpa.size());
    ::close(fd);
    if (!written) return Unavailable("cannot write the dictation model to " + path);
    setup.dictation_lm = path;
  }
  std::unique_ptr<PocketsphinxEngine> engine(
      new PocketsphinxEngine(std::move(setup), std::max<size_t>(1, o.max_decoders)));
  // Load one decoder now: a broken model is reported at start, not at the first dictation.
  VB_ASSIGN_OR_RETURN(auto first, SphinxDecoder::Create(engine->setup_));
  engine->idle_.push_back(std::move(first));
  return engine;
}

PocketsphinxEngine::~PocketsphinxEngine() {
  if (!setup_.dictation_lm.empty()) std::filesystem::remove(setup_.dictation_lm);
}

Result<std::unique_ptr<SphinxDecoder>> PocketsphinxEngine::Acquire(const Vocabulary& vocabulary,
                                                                   const PcmAudio* whole) {
  const std::set<std::string> wanted(vocabulary.begin(), vocabulary.end());
  std::unique_ptr<SphinxDecoder> decoder;
  {
    std::unique_lock lock(mutex_);
    const bool free = released_.wait_for(lock, kWaitForDecoder, [&] {
      return !idle_.empty() || in_use_ < max_decoders_;
    });
    if (!free) return Unavailable("every speech recogniser is busy; try again in a moment");
    // Prefer a decoder whose case words are a subset of this request's.
    auto fits = std::find_if(idle_.begin(), idle_.end(), [&](const auto& d) {
      return std::includes(wanted.begin(), wanted.end(), d->case_words().begin(),
                           d->case_words().end());
    });
    if (fits != idle_.end()) {
      decoder = std::move(*fits);
      idle_.erase(fits);
    } else if (!idle_.empty()) {
      idle_.pop_back();  // another case's words: dropped, a clean one is loaded below
    }
    ++in_use_;
  }
  if (!decoder) {
    auto fresh = SphinxDecoder::Create(setup_);
    if (!fresh.ok()) {
      Release(nullptr);
      return fresh.status();
    }
    decoder = std::move(fresh).value();
  }
  if (Status st = decoder->AddCaseWords(vocabulary); !st.ok()) {
    Release(nullptr);
    return st;
  }
  if (Status st = decoder->Begin(whole); !st.ok()) {
    Release(nullptr);
    return st;
  }
  return decoder;
}

void PocketsphinxEngine::Release(std::unique_ptr<SphinxDecoder> decoder) {
  {
    std::lock_guard lock(mutex_);
    --in_use_;
    if (decoder) idle_.push_back(std::move(decoder));
  }
  released_.notify_one();
}

Result<Transcript> PocketsphinxEngine::Transcribe(const PcmAudio& audio, const Vocabulary& vocabulary) {
  VB_RETURN_IF_ERROR(CheckSpeechLike(audio, "the audio"));
  VB_ASSIGN_OR_RETURN(auto decoder, Acquire(vocabulary, &audio));
  PocketsphinxStream stream(*this, std::move(decoder));
  VB_RETURN_IF_ERROR(stream.Feed(audio.samples));
  return stream.Finish();
}

Result<std::unique_ptr<TranscriptionStream>> PocketsphinxEngine::OpenStream(const Vocabulary& vocabulary) {
  VB_ASSIGN_OR_RETURN(auto decoder, Acquire(vocabulary, nullptr));
  return std::unique_ptr<TranscriptionStream>(new PocketsphinxStream(*this, std::move(decoder)));
}

}  // namespace verbatim::speech
