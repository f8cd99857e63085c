#include "speech/command_engine.h"

#include <unistd.h>

#include <filesystem>
#include <regex>
#include <sstream>

#include "base/json.h"
#include "base/text.h"
#include "speech/process_runner.h"

namespace verbatim::speech {
namespace {

std::vector<std::string> SplitAtSpaces(const std::string& text) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; in >> part;) parts.push_back(part);
  return parts;
}

void ReplaceAll(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

// The recording in a private temporary file, removed when the request ends.
class TempWav {
 public:
  static Result<TempWav> Write(const PcmAudio& audio) {
    std::string path = (std::filesystem::temp_directory_path() / "verbatim-speech-XXXXXX.wav").string();
    const int fd = mkstemps(path.data(), 4);
    if (fd < 0) return Unavailable("cannot create a temporary file for the speech command");
    const std::string bytes = EncodeWav(audio);
    const bool ok = ::write(fd, bytes.data(), bytes.size()) == ssize_t(bytes.size());
    ::close(fd);
    TempWav file(path);
    if (!ok) return Unavailable("cannot write the audio for the speech command");
    return file;
  }
  TempWav(TempWav&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  ~TempWav() {
    if (!path_.empty()) std::filesystem::remove(path_);
  }
  const std::string& path() const { return path_; }

 private:
  explicit TempWav(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

void AddWords(const std::string& text, double start, double end, Transcript& t) {
  std::istringstream in(text);
  for (std::string word; in >> word;) t.words.push_back({word, start, end, 0.0});
  if (!text.empty()) {
    if (!t.text.empty()) t.text += ' ';
    t.text += Trim(text);
  }
}

Result<Transcript> ParseJsonOutput(const Json& doc) {
  Transcript t;
  if (doc.contains("transcription") && doc["transcription"].is_array()) {
    for (const auto& segment : doc["transcription"]) {
      const std::string text = segment.value("text", "");
      double from = 0, to = 0;
      if (segment.contains("offsets")) {
        from = segment["offsets"].value("from", 0.0) / 1000.0;
        to = segment["offsets"].value("to", 0.0) / 1000.0;
      }
      AddWords(Trim(text), from, to, t);
    }
    return t;
  }
  if (!doc.contains("text") || !doc["text"].is_string()) {
    return Unavailable("the speech command printed JSON without a \"text\" string");
  }
  t.text = Trim(doc["text"].get<std::string>());
  if (doc.contains("words") && doc["words"].is_array()) {
    for (const auto& w : doc["words"]) {
      if (!w.is_object() || !w.contains("word") || !w["word"].is_string()) {
        return Unavailable("the speech command printed a word without a \"word\" string");
      }
      t.words.push_back({w["word"].get<std::string>(), w.value("start", 0.0), w.value("end", 0.0),
                         w.value("confidence", 0.0)});
    }
  } else {
    const std::string text = t.text;
    t.text.clear();
    AddWords(text, 0, 0, t);
  }
  return t;
}

}  // namespace

Result<Transcript> ParseEngineOutput(const std::string& output) {
  const std::string trimmed = Trim(output);
  if (!trimmed.empty() && trimmed[0] == '{') {
    try {
      return ParseJsonOutput(Json::parse(trimmed));
    } catch (const Json::exception& e) {
      return Unavailable(std::string("the speech command printed broken JSON: ") + e.what());
    }
  }
  static const std::regex kTimestamp(R"(^\s*\[[0-9:.]+\s*-->\s*[0-9:.]+\]\s*)");
  Transcript t;
  std::istringstream in(trimmed);
  for (std::string line; std::getline(in, line);) {
    AddWords(std::regex_replace(line, kTimestamp, ""), 0, 0, t);
  }
  return t;
}

Result<std::unique_ptr<CommandEngine>> CommandEngine::Create(const std::string& command_template,
                                                             const std::string& language,
                                                             std::chrono::seconds timeout) {
  auto argv = SplitAtSpaces(command_template);
  if (argv.empty()) {
    return InvalidArgument("speech_engine is \"command\" but speech_command is empty; set it to "
                           "the program and its arguments, with {input} for the audio file");
  }
  bool has_input = false;
  for (const auto& a : argv) has_input = has_input || a.find("{input}") != std::string::npos;
  if (!has_input) {
    return InvalidArgument("speech_command must name the audio file with {input}, e.g. "
                           "\"whisper-cli -m model.bin -nt -f {input}\"");
  }
  return std::unique_ptr<CommandEngine>(new CommandEngine(std::move(argv), language, timeout));
}

Result<Transcript> CommandEngine::Transcribe(const PcmAudio& audio, const Vocabulary& vocabulary) {
  VB_RETURN_IF_ERROR(CheckSpeechLike(audio, "the audio"));
  VB_ASSIGN_OR_RETURN(TempWav wav, TempWav::Write(audio));
  std::string words;
  for (const auto& w : vocabulary) words += (words.empty() ? "" : ", ") + w;
  std::vector<std::string> argv = argv_template_;
  for (auto& a : argv) {
    ReplaceAll(a, "{input}", wav.path());
    ReplaceAll(a, "{language}", language_);
    ReplaceAll(a, "{vocabulary}", words);
  }
  const auto start = std::chrono::steady_clock::now();
  VB_ASSIGN_OR_RETURN(ProcessOutput run, RunProcess(argv, "", timeout_));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (run.exit_code != 0) {
    std::string last_line = Trim(run.err);
    if (auto nl = last_line.rfind('\n'); nl != std::string::npos) last_line = last_line.substr(nl + 1);
    if (last_line.size() > 200) last_line.resize(200);
    return Unavailable("the speech command '" + argv_template_[0] + "' failed with exit status " +
                       std::to_string(run.exit_code) + (last_line.empty() ? "" : ": " + last_line));
  }
  VB_ASSIGN_OR_RETURN(Transcript t, ParseEngineOutput(run.out));
  t.engine = engine();
  t.rtf = seconds / audio.seconds();
  return t;
}

Result<std::unique_ptr<TranscriptionStream>> CommandEngine::OpenStream(const Vocabulary& vocabulary) {
  return std::unique_ptr<TranscriptionStream>(new BufferingStream(*this, vocabulary));
}

}  // namespace verbatim::speech
