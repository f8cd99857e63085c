// Audio in, text handling, scoring and the dictation model's ARPA writer (issue 7, AS-6).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <unistd.h>

#include "speech/arpa_writer.h"
#include "speech/dictation_text.h"
#include "speech/pcm_audio.h"
#include "speech/pronouncer.h"
#include "speech/vocabulary.h"
#include "speech/word_error_rate.h"

namespace verbatim::speech {
namespace {

const std::string kLibrivox = "/usr/share/pocketsphinx/test/data/librivox/";

std::string ReadBytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::filesystem::path TempDir() {
  auto dir = std::filesystem::temp_directory_path() /
             ("speech-audio-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(DecodeAudio, ReadsA16kHzWavAsIs) {
  auto audio = DecodeAudioFile(kLibrivox + "sense_and_sensibility_01_austen_64kb-0880.wav");
  ASSERT_TRUE(audio.ok()) << audio.status().message();
  EXPECT_NEAR(audio->seconds(), 2.99, 0.01);
}

TEST(DecodeAudio, ResamplesStereoFlacAndOggTo16kHzMono) {
  const auto dir = TempDir();
  const std::string src = kLibrivox + "sense_and_sensibility_01_austen_64kb-0880.wav";
  for (const std::string ext : {"flac", "ogg"}) {
    const auto out = dir / ("clip-44k-stereo." + ext);
    const std::string cmd = "sox -q " + src + " -r 44100 -c 2 " + out.string();
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    auto audio = DecodeAudio(ReadBytes(out), ext);
    ASSERT_TRUE(audio.ok()) << ext << ": " << audio.status().message();
    EXPECT_NEAR(audio->seconds(), 2.99, 0.05) << ext;
  }
  std::filesystem::remove_all(dir);
}

TEST(DecodeAudio, RefusesEmptySilentTruncatedAndNonAudioInput) {
  auto empty = DecodeAudio("", "upload");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("empty"), std::string::npos);

  PcmAudio silence;
  silence.samples.assign(16000, 0);
  auto silent = DecodeAudio(EncodeWav(silence), "upload");
  ASSERT_FALSE(silent.ok());
  EXPECT_NE(silent.status().message().find("silent"), std::string::npos);

  const std::string wav = ReadBytes(kLibrivox + "sense_and_sensibility_01_austen_64kb-0880.wav");
  auto truncated = DecodeAudio(wav.substr(0, wav.size() / 2), "upload");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find("truncated"), std::string::npos);

  auto text = DecodeAudio("this is not audio at all, only some text in a file", "notes.txt");
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.status().message().find("notes.txt is not audio"), std::string::npos);
  EXPECT_EQ(text.status().code(), ErrorCode::kInvalidArgument);

  PcmAudio blip;
  blip.samples.assign(800, 3000);
  EXPECT_FALSE(CheckSpeechLike(blip, "the dictation").ok());  // 50 ms
}

TEST(DecodeAudio, EncodeWavRoundTrips) {
  PcmAudio tone;
  for (int i = 0; i < 16000; ++i) tone.samples.push_back(std::int16_t(8000 * std::sin(i * 0.05)));
  auto back = DecodeAudio(EncodeWav(tone), "tone");
  ASSERT_TRUE(back.ok()) << back.status().message();
  ASSERT_EQ(back->samples.size(), tone.samples.size());
  for (size_t i = 0; i < tone.samples.size(); i += 997) EXPECT_NEAR(back->samples[i], tone.samples[i], 1);
}

TEST(SamplesFromLittleEndian, RefusesAnOddByteCount) {
  auto ok = SamplesFromLittleEndian(std::string("\x01\x00\xff\xff", 4));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ((*ok)[0], 1);
  EXPECT_EQ((*ok)[1], -1);
  EXPECT_FALSE(SamplesFromLittleEndian("abc").ok());
}

TEST(DictationText, SpellsNumbersAndYearsAsSpoken) {
  EXPECT_EQ(NormaliseWords("In 2019 I paid 4000 dollars, aged 17."),
            (WordSequence{"in", "twenty", "nineteen", "i", "paid", "four", "thousand", "dollars",
                          "aged", "seventeen"}));
  EXPECT_EQ(NumberWords(2005), (std::vector<std::string>{"two", "thousand", "and", "five"}));
  EXPECT_EQ(NumberWords(1998), (std::vector<std::string>{"nineteen", "ninety", "eight"}));
  EXPECT_EQ(NumberWords(305), (std::vector<std::string>{"three", "hundred", "and", "five"}));
  auto sentences = SplitIntoSentences("# comment\nQuestion: why? Answer: I don't know.\n");
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[3], (WordSequence{"i", "don't", "know"}));
}

TEST(WordErrorRate, CountsSubstitutionsDeletionsAndInsertions) {
  EXPECT_EQ(CountWordErrors("the cat sat", "the cat sat").errors, 0);
  EXPECT_EQ(CountWordErrors("the cat sat", "the bat sat down").errors, 2);
  EXPECT_EQ(CountWordErrors("the cat sat", "cat").errors, 2);
  EXPECT_EQ(CountWordErrors("Mister John", "mr john").errors, 0);
  EXPECT_DOUBLE_EQ(CountWordErrors("a b c d", "a x c d").rate(), 0.25);
}

// Every history's distribution (seen words plus the backed-off rest) must sum to one, or the
// decoder's scores would be biased.
TEST(ArpaWriter, WittenBellModelIsNormalised) {
  const auto sentences = SplitIntoSentences(
      "the applicant states that he left\nthe applicant states that she fled\n"
      "the officer asks a question\nthe applicant asks for a break\n");
  const std::string arpa = WriteArpa(sentences, 3);
  std::map<std::string, double> uni, uni_backoff;
  std::map<std::pair<std::string, std::string>, double> bi;
  std::istringstream in(arpa);
  int section = 0;
  for (std::string line; std::getline(in, line);) {
    if (line == "\\1-grams:") section = 1;
    else if (line == "\\2-grams:") section = 2;
    else if (line == "\\3-grams:") section = 3;
    else if (!line.empty() && line[0] != '\\' && section > 0) {
      std::istringstream f(line);
      double lp;
      std::string a, b;
      f >> lp >> a;
      if (section == 1) {
        double bo = 0;
        f >> bo;
        uni[a] = std::pow(10, lp);
        uni_backoff[a] = std::pow(10, bo);
      } else if (section == 2) {
        f >> b;
        bi[{a, b}] = std::pow(10, lp);
      }
    }
  }
  double total = 0;
  for (const auto& [w, p] : uni) total += p;
  EXPECT_NEAR(total, 1.0, 1e-4);
  for (const std::string history : {"the", "applicant", "asks"}) {
    double sum = 0;
    for (const auto& [w, p] : uni) {
      auto it = bi.find({history, w});
      sum += it != bi.end() ? it->second : uni_backoff[history] * p;
    }
    EXPECT_NEAR(sum, 1.0, 1e-4) << history;
  }
  EXPECT_NE(arpa.find("ngram 3="), std::string::npos);
}

TEST(Vocabulary, ReadsNamesAndNamesTheBadLine) {
  auto v = ParseVocabulary("# case 4711\nAbdirahman\n\nAbu Bakr\nal-Shabaab\nabdirahman\n", "names.txt");
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_EQ(*v, (Vocabulary{"abdirahman", "abu", "bakr", "al-shabaab"}));
  auto bad = ParseVocabulary("Faduma\nعبدالرحمن\n", "names.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("names.txt:2"), std::string::npos);
}

TEST(Pronouncer, MapsEspeakPhonemesToTheCmuPhoneSet) {
  EXPECT_EQ(CmuPhonesFromIpa("k_ˈæ_n_d_ɐ_h_ˌɑːɹ"), "K AE N D AH HH AA R");
  EXPECT_EQ(CmuPhonesFromIpa("t_ˈaɪ_ɡ_ɹ_eɪ"), "T AY G R EY");
  const auto p = PronounceWords({"abdirahman", "beledweyne"});
  ASSERT_EQ(p.size(), 2u);
  static const std::set<std::string> kCmu = {
      "AA", "AE", "AH", "AO", "AW", "AY", "B",  "CH", "D",  "DH", "EH", "ER", "EY",
      "F",  "G",  "HH", "IH", "IY", "JH", "K",  "L",  "M",  "N",  "NG", "OW", "OY",
      "P",  "R",  "S",  "SH", "T",  "TH", "UH", "UW", "V",  "W",  "Y",  "Z",  "ZH"};
  for (const auto& [word, phones] : p) {
    std::istringstream in(phones);
    int n = 0;
    for (std::string phone; in >> phone; ++n) EXPECT_TRUE(kCmu.count(phone)) << word << ": " << phone;
    EXPECT_GE(n, 5) << word;
  }
  EXPECT_EQ(CmuPhonesFromLetters("hassan"), "HH AA S AA N");
}

}  // namespace
}  // namespace verbatim::speech
