#include "speech/sphinx_decoder.h"

#include <pocketsphinx.h>
#include <sphinxbase/cmn.h>
#include <sphinxbase/fe.h>
#include <sphinxbase/feat.h>
#include <sphinxbase/ngram_model.h>

#include <algorithm>

#include "speech/pronouncer.h"

namespace verbatim::speech {
namespace {

constexpr double kFramesPerSecond = 100;  // the en-us model's -frate
constexpr const char* kSearch = "dictation";
// A case word's unigram probability in each model: names and places of the case are far
// likelier in its dictation than an average word of the vocabulary (1/135,000 in en-us).
constexpr float kCaseWordProbability = 0.005f;

// "<s>", "</s>", "<sil>", "[NOISE]", "(NULL)": markers of the search, not words.
bool IsFiller(const std::string& word) {
  return word.empty() || word[0] == '<' || word[0] == '[' || word[0] == '(';
}

// "read(2)" is the second pronunciation of "read".
std::string BaseWord(const char* word) {
  std::string w = word;
  if (auto paren = w.find('('); paren != std::string::npos && paren > 0) w.resize(paren);
  return w;
}

}  // namespace

Result<std::unique_ptr<SphinxDecoder>> SphinxDecoder::Create(const DecoderSetup& s) {
  cmd_ln_t* config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", s.acoustic_model.c_str(),
                                 "-dict", s.dictionary.c_str(), "-logfn", "/dev/null",
                                 // Case words are added to the models: no read-only mapping.
                                 "-mmap", "no", nullptr);
  if (config == nullptr) return Unavailable("cannot configure PocketSphinx");
  ps_default_search_args(config);
  ps_decoder_t* ps = ps_init(config);
  if (ps == nullptr) {
    cmd_ln_free_r(config);
    return Unavailable("cannot load the speech model from " + s.acoustic_model.string() +
                       " with the dictionary " + s.dictionary.string() +
                       " (set speech_model_dir and speech_dictionary)");
  }
  std::unique_ptr<SphinxDecoder> decoder(new SphinxDecoder(ps));
  decoder->dictation_weight_ = s.dictation_weight;
  cmn_t* cmn = ps_get_feat(ps)->cmn_struct;
  decoder->initial_cmn_.resize(size_t(fe_get_output_size(ps_get_fe(ps))));
  cmn_live_get(cmn, decoder->initial_cmn_.data());
  for (const auto& [word, phones] : s.extra_words) ps_add_word(ps, word.c_str(), phones.c_str(), FALSE);

  logmath_t* lmath = ps_get_logmath(ps);
  decoder->general_ = ngram_model_read(config, s.general_lm.c_str(), NGRAM_AUTO, lmath);
  if (!s.dictation_lm.empty() && decoder->general_ != nullptr) {
    decoder->dictation_ = ngram_model_read(config, s.dictation_lm.c_str(), NGRAM_ARPA, lmath);
  }
  decoder->config_ = config;
  if (decoder->general_ == nullptr) return Unavailable("cannot read the language model " + s.general_lm.string());
  if (!s.dictation_lm.empty() && decoder->dictation_ == nullptr) {
    return Unavailable("cannot read the dictation language model " + s.dictation_lm.string());
  }
  VB_RETURN_IF_ERROR(decoder->InstallLanguageModel());
  return decoder;
}

SphinxDecoder::~SphinxDecoder() {
  ps_free(ps_);
  if (general_ != nullptr) ngram_model_free(general_);
  if (dictation_ != nullptr) ngram_model_free(dictation_);
  if (config_ != nullptr) cmd_ln_free_r(config_);
}

// The search runs on the general model or, with a dictation model, on the linear interpolation
// of the two (sphinxbase's model set). The set is rebuilt whenever words were added to the
// models: a set made earlier does not take words added to its members afterwards.
Status SphinxDecoder::InstallLanguageModel() {
  ngram_model_t* lm = general_;
  if (dictation_ != nullptr) {
    ngram_model_t* models[] = {general_, dictation_};
    char general_name[] = "general", dictation_name[] = "dictation";
    char* names[] = {general_name, dictation_name};
    const float32 weights[] = {1.0f - dictation_weight_, dictation_weight_};
    lm = ngram_model_set_init(config_, models, names, weights, 2);  // retains both models
    if (lm == nullptr) return Unavailable("cannot interpolate the dictation model with the general model");
  }
  const int set = ps_set_lm(ps_, kSearch, lm);  // the search retains the model
  if (lm != general_) ngram_model_free(lm);
  if (set != 0 || ps_set_search(ps_, kSearch) != 0) {
    return Unavailable("PocketSphinx refused the language model");
  }
  return Status::Ok();
}

Status SphinxDecoder::AddCaseWords(const Vocabulary& words) {
  if (std::all_of(words.begin(), words.end(), [&](const auto& w) { return case_words_.count(w) != 0; })) {
    return Status::Ok();  // nothing new: the search stays as it is
  }
  std::vector<std::string> unknown;
  for (const auto& w : words) {
    if (case_words_.count(w) != 0) continue;
    char* known = ps_lookup_word(ps_, w.c_str());
    if (known == nullptr) unknown.push_back(w);
    ckd_free(known);
  }
  const auto pronunciations = PronounceWords(unknown);
  for (const auto& w : words) {
    if (case_words_.count(w) != 0) continue;
    case_words_.insert(w);
    for (ngram_model_t* model : {general_, dictation_}) {
      if (model == nullptr || ngram_wid(model, w.c_str()) != ngram_unknown_wid(model)) continue;
      // The weight is relative to a uniform share of the model's vocabulary.
      const float uniform = 1.0f / float(ngram_model_get_counts(model)[0]);
      ngram_model_add_word(model, w.c_str(), kCaseWordProbability / uniform);
    }
    if (auto p = pronunciations.find(w); p != pronunciations.end()) {
      ps_add_word(ps_, w.c_str(), p->second.c_str(), FALSE);
    }
  }
  VB_RETURN_IF_ERROR(InstallLanguageModel());
  return Status::Ok();
}

// PocketSphinx normalises each cepstral coefficient by a running mean that it carries from one
// utterance to the next. Left alone, one request's audio would shape the next one's result;
// so every recording starts from a known mean: the recording's own when it is all there (a
// feature pass over it is cheap beside the search), else the model's initial one.
void SphinxDecoder::SetCepstralMean(const PcmAudio* whole) {
  std::vector<float> mean = initial_cmn_;
  if (whole != nullptr && !whole->samples.empty()) {
    fe_t* fe = ps_get_fe(ps_);
    const size_t dims = mean.size();
    std::vector<double> sum(dims, 0.0);
    std::int64_t frames = 0;
    std::vector<mfcc_t> buffer(dims * 256);
    std::vector<mfcc_t*> rows(256);
    for (size_t i = 0; i < rows.size(); ++i) rows[i] = buffer.data() + i * dims;
    const std::int16_t* samples = whole->samples.data();
    size_t left = whole->samples.size();
    fe_start_utt(fe);
    while (left > 0) {
      std::int32_t n = std::int32_t(rows.size());
      if (fe_process_frames(fe, &samples, &left, rows.data(), &n, nullptr) < 0) break;
      for (std::int32_t f = 0; f < n; ++f) {
        for (size_t d = 0; d < dims; ++d) sum[d] += rows[size_t(f)][d];
      }
      frames += n;
      if (n == 0 && left > 0) break;
    }
    std::int32_t tail = 0;
    fe_end_utt(fe, buffer.data(), &tail);
    if (frames > 0) {
      for (size_t d = 0; d < dims; ++d) mean[d] = float(sum[d] / double(frames));
    }
  }
  cmn_live_set(ps_get_feat(ps_)->cmn_struct, mean.data());
}

Status SphinxDecoder::Begin(const PcmAudio* whole) {
  transcript_ = Transcript{};
  samples_fed_ = utterance_start_ = 0;
  heard_speech_ = false;
  SetCepstralMean(whole);
  if (ps_start_utt(ps_) != 0) return Internal("PocketSphinx could not start an utterance");
  in_utterance_ = true;
  return Status::Ok();
}

Status SphinxDecoder::Feed(std::span<const std::int16_t> samples) {
  if (!in_utterance_) return FailedPrecondition("the decoder is not listening");
  constexpr size_t kBlock = 2048;  // as pocketsphinx_continuous reads
  for (size_t at = 0; at < samples.size(); at += kBlock) {
    const size_t n = std::min(kBlock, samples.size() - at);
    if (ps_process_raw(ps_, samples.data() + at, n, FALSE, FALSE) < 0) {
      return Internal("PocketSphinx failed on the audio");
    }
    samples_fed_ += std::int64_t(n);
    const bool in_speech = ps_get_in_speech(ps_) != 0;
    if (in_speech) heard_speech_ = true;
    if (!in_speech && heard_speech_) {
      // A pause ends the utterance, as pocketsphinx_continuous does.
      ps_end_utt(ps_);
      CollectUtterance();
      ps_start_utt(ps_);
      utterance_start_ = samples_fed_;
      heard_speech_ = false;
    }
  }
  return Status::Ok();
}

void SphinxDecoder::CollectUtterance() {
  logmath_t* lmath = ps_get_logmath(ps_);
  const double offset = double(utterance_start_) / 16000.0;
  // Frame numbers run on over the decoder's whole life; the utterance's first segment (its
  // "<s>") marks where this utterance's audio began.
  int first_frame = -1;
  for (ps_seg_t* seg = ps_seg_iter(ps_); seg != nullptr; seg = ps_seg_next(seg)) {
    const std::string word = BaseWord(ps_seg_word(seg));
    int start_frame = 0, end_frame = 0;
    ps_seg_frames(seg, &start_frame, &end_frame);
    if (first_frame < 0) first_frame = start_frame;
    start_frame -= first_frame;
    end_frame -= first_frame;
    if (IsFiller(word)) continue;
    std::int32_t ascr = 0, lscr = 0, lback = 0;
    const std::int32_t posterior = ps_seg_prob(seg, &ascr, &lscr, &lback);
    double confidence = logmath_exp(lmath, posterior);
    if (confidence > 1) confidence = 1;
    transcript_.words.push_back({word, offset + start_frame / kFramesPerSecond,
                                 offset + (end_frame + 1) / kFramesPerSecond, confidence});
    if (!transcript_.text.empty()) transcript_.text += ' ';
    transcript_.text += word;
  }
}

std::string SphinxDecoder::Partial() {
  std::string text = transcript_.text;
  std::int32_t score = 0;
  if (const char* hyp = ps_get_hyp(ps_, &score); hyp != nullptr && *hyp != '\0') {
    if (!text.empty()) text += ' ';
    text += hyp;
  }
  return text;
}

Result<Transcript> SphinxDecoder::End() {
  if (!in_utterance_) return FailedPrecondition("the decoder is not listening");
  in_utterance_ = false;
  if (ps_end_utt(ps_) != 0) return Internal("PocketSphinx could not end the utterance");
  CollectUtterance();
  transcript_.engine = "pocketsphinx";
  return std::move(transcript_);
}

}  // namespace verbatim::speech
