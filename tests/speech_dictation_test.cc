// The dictation model and the case vocabulary on synthetic dictated notes (issue 7, AS-6):
// held-out interview-note sentences spoken by espeak-ng, transcribed with the general model
// alone, with the dictation model, and with the dictation model plus the case's words.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "base/config.h"
#include "speech/dictation_text.h"
#include "speech/transcriber_factory.h"
#include "speech/word_error_rate.h"
#include "speech_test_util.h"

namespace verbatim::speech {
namespace {

const std::string kData = std::string(VERBATIM_SOURCE_DIR) + "/data";
// The first six held-out sentences keep the test short; scripts/bench-speech uses all of them.
constexpr size_t kSentences = 6;

double WordErrorRate(Transcriber& engine, const std::vector<testing::Utterance>& set,
                     const Vocabulary& vocabulary) {
  int errors = 0, words = 0;
  for (const auto& u : set) {
    auto audio = DecodeAudioFile(u.wav);
    EXPECT_TRUE(audio.ok()) << audio.status().message();
    if (!audio.ok()) return 1;
    auto t = engine.Transcribe(*audio, vocabulary);
    EXPECT_TRUE(t.ok()) << t.status().message();
    if (!t.ok()) return 1;
    const auto e = CountWordErrors(u.reference, t->text);
    errors += e.errors;
    words += e.reference_words;
  }
  return double(errors) / words;
}

// A test sentence found in the training text would flatter the model.
TEST(DictationModel, HeldOutSentencesAreNotInTheTrainingText) {
  auto text = ReadDictationText(kData);
  ASSERT_TRUE(text.ok()) << text.status().message();
  std::string training;
  for (const auto& s : SplitIntoSentences(*text)) {
    for (const auto& w : s) training += w + " ";
    training += "|";
  }
  for (const auto& note : testing::HeldOutNotes(1000)) {
    for (const auto& sentence : SplitIntoSentences(note)) {
      std::string words;
      for (const auto& w : sentence) words += w + " ";
      if (sentence.size() >= 4) {
        EXPECT_EQ(training.find("|" + words + "|"), std::string::npos) << note;
      }
    }
  }
}

TEST(DictationModel, CutsWordErrorsOnDictatedNotesByAtLeastAFifth) {
  const auto set = testing::Synthesise(testing::HeldOutNotes(kSentences), "dictation-test");
  ASSERT_EQ(set.size(), kSentences) << "espeak-ng or sox failed";

  auto general = CreateTranscriber(Config{}, kData, LanguageModelChoice::kGeneralOnly);
  ASSERT_TRUE(general.ok()) << general.status().message();
  const double general_wer = WordErrorRate(**general, set, {});
  general->reset();

  auto dictation = CreateTranscriber(Config{}, kData);
  ASSERT_TRUE(dictation.ok()) << dictation.status().message();
  const double dictation_wer = WordErrorRate(**dictation, set, {});

  std::ifstream in(std::string(VERBATIM_SOURCE_DIR) + "/tests/data/speech/case_vocabulary.txt");
  std::ostringstream names;
  names << in.rdbuf();
  auto vocabulary = ParseVocabulary(names.str(), "case_vocabulary.txt");
  ASSERT_TRUE(vocabulary.ok());
  const double vocabulary_wer = WordErrorRate(**dictation, set, *vocabulary);

  std::cout << "WER general " << general_wer << ", dictation model " << dictation_wer
            << ", with case words " << vocabulary_wer << "\n";
  EXPECT_LE(dictation_wer, 0.8 * general_wer);  // the goal: at least 20 % fewer errors
  EXPECT_LE(vocabulary_wer, dictation_wer);
  std::filesystem::remove_all(std::filesystem::path(set[0].wav).parent_path());
}

// The case's words only help the request that brings them: a later request without them
// does not get another case's names (the pool rebuilds such a decoder).
TEST(DictationModel, CaseWordsStayWithTheirRequest) {
  const auto set = testing::Synthesise(
      {"Answer: my uncle Abdirahman paid the smuggler four thousand dollars."}, "vocab-test");
  ASSERT_EQ(set.size(), 1u);
  auto engine = CreateTranscriber(Config{}, kData);
  ASSERT_TRUE(engine.ok());
  auto audio = DecodeAudioFile(set[0].wav);
  ASSERT_TRUE(audio.ok());
  auto with = (*engine)->Transcribe(*audio, {"abdirahman"});
  auto without = (*engine)->Transcribe(*audio, {});
  ASSERT_TRUE(with.ok() && without.ok());
  EXPECT_NE(with->text.find("abdirahman"), std::string::npos) << with->text;
  EXPECT_EQ(without->text.find("abdirahman"), std::string::npos) << without->text;
  std::filesystem::remove_all(std::filesystem::path(set[0].wav).parent_path());
}

}  // namespace
}  // namespace verbatim::speech
