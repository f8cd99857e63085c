#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "base/config.h"
#include "speech/transcriber.h"

namespace verbatim::speech {

/// The dictation model's training text: every data/speech/*.txt in name order.
Result<std::string> ReadDictationText(const std::filesystem::path& data_dir);

/// Which language model PocketSphinx searches: the dictation model interpolated with the
/// general one (the default), or the general one alone (for measuring what the first adds).
enum class LanguageModelChoice { kDictation, kGeneralOnly };

/// The engine the configuration names (speech_engine, speech_model_dir, speech_dictionary,
/// speech_command, speech_language, speech_command_timeout_seconds). PocketSphinx gets the
/// dictation model trained from `data_dir`/speech.
Result<std::unique_ptr<Transcriber>> CreateTranscriber(
    const Config& config, const std::filesystem::path& data_dir,
    LanguageModelChoice model = LanguageModelChoice::kDictation);

}  // namespace verbatim::speech
