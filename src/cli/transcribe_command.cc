#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "base/data_dir.h"
#include "cli/command.h"
#include "speech/pcm_audio.h"
#include "speech/transcriber_factory.h"

namespace verbatim::cli {
namespace {

struct TranscribeFlags {
  std::string config_file;
  std::vector<std::string> files;
  std::string vocabulary_file;
  bool json = false;
  bool general_model_only = false;
};

int Transcribe(const TranscribeFlags& f) {
  DataFlags data{f.config_file, ""};
  auto config = ResolveConfig(data);
  if (!config) return 1;
  speech::Vocabulary vocabulary;
  if (!f.vocabulary_file.empty()) {
    std::ifstream in(f.vocabulary_file);
    if (!in) return Fail("cannot read " + f.vocabulary_file);
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = speech::ParseVocabulary(text.str(), f.vocabulary_file);
    if (!parsed.ok()) return Fail(parsed.status().message());
    vocabulary = std::move(parsed).value();
  }
  auto engine = speech::CreateTranscriber(
      *config, FindDataDir(config->data_dir),
      f.general_model_only ? speech::LanguageModelChoice::kGeneralOnly
                           : speech::LanguageModelChoice::kDictation);
  if (!engine.ok()) return Fail(engine.status().message());
  int failed = 0;
  // The model loads once; every file after the first is transcribed without that cost.
  for (const auto& file : f.files) {
    auto audio = speech::DecodeAudioFile(file);
    auto transcript = audio.ok() ? (*engine)->Transcribe(*audio, vocabulary)
                                 : Result<speech::Transcript>(audio.status());
    if (!transcript.ok()) {
      Fail(transcript.status().message());
      ++failed;
      continue;
    }
    if (f.json) {
      std::cout << speech::TranscriptJson(*transcript).dump() << "\n";
    } else {
      if (f.files.size() > 1) std::cout << file << ": ";
      std::cout << transcript->text << "\n";
    }
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace

void AddTranscribeCommands(std::vector<Command>& table) {
  table.push_back(
      {{"transcribe"},
       "transcribe dictated audio (WAV, FLAC, Ogg) offline; the text is a draft to check (AS-6)",
       [](CLI::App& app) -> std::function<int()> {
         auto f = std::make_shared<TranscribeFlags>();
         app.add_option("FILE", f->files, "audio files")->required()->check(CLI::ExistingFile);
         app.add_flag("--json", f->json,
                      "print {\"text\",\"words\":[{\"word\",\"start\",\"end\",\"confidence\"}],"
                      "\"engine\",\"rtf\"}, one line per file");
         app.add_option("--vocabulary", f->vocabulary_file,
                        "the case's words and names, one a line, to make recognisable")
             ->check(CLI::ExistingFile);
         app.add_flag("--general-model-only", f->general_model_only,
                      "search the general English model without the dictation model (to compare)");
         app.add_option("--config", f->config_file, "TOML configuration file")
             ->check(CLI::ExistingFile);
         return [f] { return Transcribe(*f); };
       }});
}

}  // namespace verbatim::cli
