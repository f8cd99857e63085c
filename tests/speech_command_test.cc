// The external-engine adapter, run against tests/speech_stand_in_engine.sh as a real process
// (issue 7): formats, a failing engine, a hanging engine, a bad template.
#include <gtest/gtest.h>

#include "speech/command_engine.h"
#include "speech/process_runner.h"

namespace verbatim::speech {
namespace {

const std::string kStandIn = std::string(VERBATIM_SOURCE_DIR) + "/tests/speech_stand_in_engine.sh";

PcmAudio Tone(size_t samples) {
  PcmAudio a;
  for (size_t i = 0; i < samples; ++i) a.samples.push_back(std::int16_t(i % 64 < 32 ? 4000 : -4000));
  return a;
}

Result<Transcript> RunStandIn(const std::string& mode, std::chrono::seconds timeout = std::chrono::seconds(20),
                       const Vocabulary& vocabulary = {}) {
  auto engine = CommandEngine::Create(kStandIn + " " + mode + " {input} {vocabulary}", "en", timeout);
  if (!engine.ok()) return engine.status();
  return (*engine)->Transcribe(Tone(16000), vocabulary);
}

TEST(CommandEngine, PassesThe16kHzWavAndReadsEachOutputForm) {
  for (const std::string mode : {"text", "whisper", "json", "whisper-json"}) {
    auto t = RunStandIn(mode);
    ASSERT_TRUE(t.ok()) << mode << ": " << t.status().message();
    EXPECT_EQ(t->text, "heard 16000 samples") << mode;
    EXPECT_EQ(t->engine.rfind("command:", 0), 0u);
    ASSERT_FALSE(t->words.empty());
    EXPECT_EQ(t->words[0].word, "heard");
  }
  auto json = RunStandIn("json");
  ASSERT_TRUE(json.ok());
  EXPECT_DOUBLE_EQ(json->words[0].confidence, 0.9);
  auto whisper = RunStandIn("whisper-json");
  ASSERT_TRUE(whisper.ok());
  EXPECT_DOUBLE_EQ(whisper->words[0].end, 1.5);
}

TEST(CommandEngine, GivesTheCaseWordsToTheEngine) {
  auto t = RunStandIn("vocabulary", std::chrono::seconds(20), {"faduma", "beledweyne"});
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->text, "words: faduma, beledweyne");
}

TEST(CommandEngine, ReportsAFailingEngineWithItsExitStatusAndMessage) {
  auto t = RunStandIn("fail");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("exit status 3"), std::string::npos) << t.status().message();
  EXPECT_NE(t.status().message().find("model file not found"), std::string::npos);
}

TEST(CommandEngine, StopsAnEngineThatOverrunsItsTimeout) {
  const auto start = std::chrono::steady_clock::now();
  auto t = RunStandIn("hang", std::chrono::seconds(1));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("did not finish within"), std::string::npos);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(CommandEngine, RefusesATemplateWithoutInputAndAMissingProgram) {
  EXPECT_FALSE(CommandEngine::Create("", "en", std::chrono::seconds(5)).ok());
  auto no_input = CommandEngine::Create("whisper-cli -m model.bin", "en", std::chrono::seconds(5));
  ASSERT_FALSE(no_input.ok());
  EXPECT_NE(no_input.status().message().find("{input}"), std::string::npos);
  auto missing = CommandEngine::Create("/nonexistent/engine {input}", "en", std::chrono::seconds(5));
  ASSERT_TRUE(missing.ok());
  auto t = (*missing)->Transcribe(Tone(16000), {});
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("cannot start"), std::string::npos);
}

TEST(CommandEngine, StreamsBufferUntilTheEnd) {
  auto engine = CommandEngine::Create(kStandIn + " text {input}", "en", std::chrono::seconds(20));
  ASSERT_TRUE(engine.ok());
  auto stream = (*engine)->OpenStream({});
  ASSERT_TRUE(stream.ok());
  const auto tone = Tone(8000);
  ASSERT_TRUE((*stream)->Feed(tone.samples).ok());
  ASSERT_TRUE((*stream)->Feed(tone.samples).ok());
  EXPECT_EQ((*stream)->Partial(), "");
  auto t = (*stream)->Finish();
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->text, "heard 16000 samples");
}

TEST(ParseEngineOutput, RefusesJsonWithoutText) {
  EXPECT_FALSE(ParseEngineOutput("{\"words\": []}").ok());
  EXPECT_FALSE(ParseEngineOutput("{broken").ok());
}

TEST(RunProcess, FeedsStdinAndCollectsStdout) {
  auto r = RunProcess({"tr", "a-z", "A-Z"}, "dictation", std::chrono::seconds(5));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->out, "DICTATION");
  EXPECT_EQ(r->exit_code, 0);
}

}  // namespace
}  // namespace verbatim::speech
