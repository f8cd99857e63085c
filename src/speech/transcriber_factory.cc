#include "speech/transcriber_factory.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include "speech/command_engine.h"
#include "speech/pocketsphinx_engine.h"

namespace verbatim::speech {

Result<std::string> ReadDictationText(const std::filesystem::path& data_dir) {
  const auto folder = data_dir / "speech";
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  if (ec || files.empty()) {
    return NotFound("no dictation training text in " + folder.string() +
                    " (the shipped data/speech folder); set data_dir");
  }
  std::sort(files.begin(), files.end());
  std::string text;
  for (const auto& f : files) {
    std::ifstream in(f);
    if (!in) return NotFound("cannot read " + f.string());
    std::ostringstream content;
    content << in.rdbuf();
    text += content.str();
    text += "\n";
  }
  return text;
}

Result<std::unique_ptr<Transcriber>> CreateTranscriber(const Config& config,
                                                       const std::filesystem::path& data_dir,
                                                       LanguageModelChoice model) {
  if (config.speech_engine == "command") {
    VB_ASSIGN_OR_RETURN(auto engine,
                        CommandEngine::Create(config.speech_command, config.speech_language,
                                              std::chrono::seconds(config.speech_command_timeout_seconds)));
    return std::unique_ptr<Transcriber>(std::move(engine));
  }
  if (config.speech_language != "en" && config.speech_language != "en-us") {
    return InvalidArgument("speech_language '" + config.speech_language +
                           "' is not available with PocketSphinx, whose model is English (en); "
                           "use speech_engine = \"command\" with an engine for that language");
  }
  PocketsphinxOptions options;
  if (!config.speech_model_dir.empty()) options.model_dir = config.speech_model_dir;
  options.dictionary = config.speech_dictionary;
  if (model == LanguageModelChoice::kDictation) {
    VB_ASSIGN_OR_RETURN(options.dictation_text, ReadDictationText(data_dir));
  }
  VB_ASSIGN_OR_RETURN(auto engine, PocketsphinxEngine::Create(options));
  return std::unique_ptr<Transcriber>(std::move(engine));
}

}  // namespace verbatim::speech
