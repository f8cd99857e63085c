// POST /api/v1/transcribe and the live dictation streams over real HTTP, on both backends
// (issue 7, AS-6).
#include <fstream>
#include <sstream>
#include <thread>

#include "api_fixture.h"
#include "speech/pcm_audio.h"
#include "speech/word_error_rate.h"

namespace verbatim::testing {
namespace {

const std::string kClip = "/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav";
const std::string kReference = "he was not an ill disposed young man";

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The test server takes bodies up to 64 KiB: the clip goes as FLAC, which also tests that path.
std::string ClipAsFlac() {
  const std::string out = std::filesystem::temp_directory_path() /
                          ("speech-api-" + std::to_string(::getpid()) + ".flac");
  if (std::system(("sox -q " + kClip + " " + out).c_str()) != 0) return "";
  std::string bytes = ReadBytes(out);
  std::filesystem::remove(out);
  return bytes;
}

class SpeechApiTest : public ApiTest {
 protected:
  httplib::Result PostAudio(const std::string& path, const std::string& body, const std::string& type) {
    return client_->Post(path.c_str(), Auth(), body, type.c_str());
  }
};

TEST_F(SpeechApiTest, TranscribesAnUploadForOfficersOnly) {
  AddUser("officer", auth::Role::kOfficer);
  AddUser("lawyer", auth::Role::kLawyer);
  const std::string flac = ClipAsFlac();
  ASSERT_FALSE(flac.empty());
  LogIn("lawyer");
  auto denied = PostAudio("/api/v1/transcribe", flac, "audio/flac");
  ASSERT_TRUE(denied);
  EXPECT_EQ(denied->status, 403);

  LogIn("officer");
  auto res = PostAudio("/api/v1/transcribe?vocabulary=Dashwood", flac, "audio/flac");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const Json t = Json::parse(res->body);
  EXPECT_EQ(t["engine"], "pocketsphinx");
  EXPECT_LT(speech::CountWordErrors(kReference, t["text"].get<std::string>()).rate(), 0.5) << t["text"];
  ASSERT_FALSE(t["words"].empty());
  for (const char* key : {"word", "start", "end", "confidence"}) EXPECT_TRUE(t["words"][0].contains(key));
  EXPECT_GT(t["rtf"].get<double>(), 0);
}

TEST_F(SpeechApiTest, BadUploadsGetProblemsAPersonCanActOn) {
  AddUser("officer", auth::Role::kOfficer);
  LogIn("officer");
  auto type = PostAudio("/api/v1/transcribe", "hello", "text/plain");
  ASSERT_TRUE(type);
  EXPECT_EQ(type->status, 415);
  EXPECT_EQ(type->get_header_value("Content-Type"), "application/problem+json");

  auto text = PostAudio("/api/v1/transcribe", "these are notes, not a recording", "audio/wav");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 400);
  EXPECT_NE(Json::parse(text->body)["detail"].get<std::string>().find("not audio"), std::string::npos);

  auto empty = PostAudio("/api/v1/transcribe", "", "audio/wav");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 400);

  speech::PcmAudio silence;
  silence.samples.assign(16000, 0);
  auto silent = PostAudio("/api/v1/transcribe", speech::EncodeWav(silence), "audio/wav");
  ASSERT_TRUE(silent);
  EXPECT_EQ(silent->status, 400);
  EXPECT_NE(silent->body.find("silent"), std::string::npos);

  // The upload has its own limit (max_audio_bytes, 192 KiB here): a recording larger than any
  // form (max_body_bytes, 64 KiB) is taken, and one past the audio limit gets a 413 naming it.
  const std::string clip = ReadBytes(kClip);  // 96 KB
  auto larger_than_a_form = PostAudio("/api/v1/transcribe", clip, "audio/wav");
  ASSERT_TRUE(larger_than_a_form);
  EXPECT_EQ(larger_than_a_form->status, 200) << larger_than_a_form->body;
  auto big = PostAudio("/api/v1/transcribe", clip + clip + clip, "audio/wav");  // 288 KB
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_EQ(big->get_header_value("Content-Type"), "application/problem+json");
  EXPECT_NE(big->body.find("max_audio_bytes"), std::string::npos) << big->body;
  auto form_sized = client_->Post("/api/v1/cases", Auth(), clip, "application/json");
  ASSERT_TRUE(form_sized);
  EXPECT_EQ(form_sized->status, 413) << "the audio limit is for the upload only";
  EXPECT_NE(form_sized->body.find("max_body_bytes"), std::string::npos);

  auto names = PostAudio("/api/v1/transcribe?vocabulary=%3Cscript%3E", "x", "audio/wav");
  ASSERT_TRUE(names);
  EXPECT_EQ(names->status, 400);
}

TEST_F(SpeechApiTest, LiveDictationStreamsPartialsThenTheFinalTextToItsOwnerOnly) {
  AddUser("officer", auth::Role::kOfficer);
  AddUser("other", auth::Role::kOfficer);
  auto audio = speech::DecodeAudioFile(kClip);
  ASSERT_TRUE(audio.ok());
  LogIn("other");
  const httplib::Headers other = Auth();
  LogIn("officer");
  auto opened = Post("/api/v1/transcribe/streams", Json{{"vocabulary", {"Dashwood"}}});
  ASSERT_TRUE(opened);
  ASSERT_EQ(opened->status, 201) << opened->body;
  const std::string id = Json::parse(opened->body)["id"];
  const std::string base = "/api/v1/transcribe/streams/" + id;

  // The events are read by a second connection while the audio goes in.
  std::string events;
  int events_status = 0;
  std::thread reader([&] {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    auto res = c.Get((base + "/events").c_str(), Auth(false),
                     [&](const httplib::Response& r) { events_status = r.status; return true; },
                     [&](const char* data, size_t n) { events.append(data, n); return true; });
  });

  const size_t chunk = 4096;
  for (size_t at = 0; at < audio->samples.size(); at += chunk) {
    const size_t n = std::min(chunk, audio->samples.size() - at);
    std::string bytes(reinterpret_cast<const char*>(audio->samples.data() + at), n * 2);
    auto res = PostAudio(base + "/chunks", bytes, "application/octet-stream");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 204) << res->body;
  }
  auto stranger = client_->Post((base + "/chunks").c_str(), other, std::string(64, '\0'),
                                "application/octet-stream");
  ASSERT_TRUE(stranger);
  EXPECT_EQ(stranger->status, 403);
  auto stranger_events = client_->Get((base + "/events").c_str(), other);
  ASSERT_TRUE(stranger_events);
  EXPECT_EQ(stranger_events->status, 403);

  auto odd = PostAudio(base + "/chunks", "abc", "application/octet-stream");
  ASSERT_TRUE(odd);
  EXPECT_EQ(odd->status, 400);

  auto ended = Post(base + "/end", Json::object());
  ASSERT_TRUE(ended);
  ASSERT_EQ(ended->status, 200) << ended->body;
  const Json final_text = Json::parse(ended->body);
  EXPECT_LT(speech::CountWordErrors(kReference, final_text["text"].get<std::string>()).rate(), 0.5);
  reader.join();
  EXPECT_EQ(events_status, 200);
  EXPECT_NE(events.find("data: {\"partial\""), std::string::npos) << events;
  EXPECT_NE(events.find("\"final\":true"), std::string::npos) << events;

  auto gone = PostAudio(base + "/chunks", std::string(64, '\0'), "application/octet-stream");
  ASSERT_TRUE(gone);
  EXPECT_EQ(gone->status, 404);
}

TEST_F(SpeechApiTest, LiveDictationsAreCapped) {
  AddUser("officer", auth::Role::kOfficer);
  LogIn("officer");
  std::vector<std::string> ids;
  for (int i = 0; i < 2; ++i) {
    auto res = Post("/api/v1/transcribe/streams", Json::object());
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 201) << res->body;
  }
  auto third = Post("/api/v1/transcribe/streams", Json::object());
  ASSERT_TRUE(third);
  EXPECT_EQ(third->status, 503);
  EXPECT_NE(third->body.find("live dictations"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::testing
