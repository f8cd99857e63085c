#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "speech/transcriber.h"

namespace verbatim::speech {

/// An external recogniser run as a program for each recording, for example whisper.cpp's
/// command-line tool where a deployment has installed it with a model. The argv template
/// (`speech_command`) is split at spaces (no shell) and its placeholders replaced:
///   {input}      a 16 kHz mono 16-bit WAV file of the audio (required)
///   {language}   the configured speech_language
///   {vocabulary} the case's words joined by ", " (e.g. for whisper.cpp's --prompt)
/// The program prints either plain text (whisper.cpp's "[00:00.000 --> 00:02.000]" prefixes
/// are removed), or JSON: {"text", "words":[{"word","start","end","confidence"}]} or
/// whisper.cpp's -oj form {"transcription":[{"text","offsets":{"from","to"}}]}. Words without
/// times from the engine get start = end = 0 and confidence 0.
class CommandEngine final : public Transcriber {
 public:
  static Result<std::unique_ptr<CommandEngine>> Create(const std::string& command_template,
                                                       const std::string& language,
                                                       std::chrono::seconds timeout);

  std::string engine() const override { return "command:" + argv_template_[0]; }
  Result<Transcript> Transcribe(const PcmAudio& audio, const Vocabulary& vocabulary) override;
  Result<std::unique_ptr<TranscriptionStream>> OpenStream(const Vocabulary& vocabulary) override;

 private:
  CommandEngine(std::vector<std::string> argv, std::string language, std::chrono::seconds timeout)
      : argv_template_(std::move(argv)), language_(std::move(language)), timeout_(timeout) {}

  std::vector<std::string> argv_template_;
  std::string language_;
  std::chrono::seconds timeout_;
};

/// Reads an engine's output as described above (exposed for tests).
Result<Transcript> ParseEngineOutput(const std::string& output);

}  // namespace verbatim::speech
