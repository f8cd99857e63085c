#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "base/result.h"

namespace verbatim {

/// Everything an operator can set. Precedence, lowest first: these defaults, the TOML file,
/// VERBATIM_* environment variables, command-line flags (applied by the CLI).
struct Config {
  std::string db_url = "sqlite://./var/verbatim.db";
  std::string listen = "127.0.0.1:8080";
  /// Built front-end assets; empty means "find web/dist beside the binary or the source tree".
  std::string web_root;
  /// The shipped data (exchange rates, …); empty means "find data/ beside the binary".
  std::string data_dir;
  int threads = 8;
  int read_timeout_seconds = 10;
  int write_timeout_seconds = 10;
  int keep_alive_timeout_seconds = 5;
  std::int64_t max_body_bytes = 1 << 20;
  /// POST /api/v1/transcribe only: a recorded dictation (64 MiB is about 35 min of 16 kHz WAV).
  std::int64_t max_audio_bytes = std::int64_t{64} << 20;
  int session_idle_minutes = 30;
  int session_absolute_hours = 12;
  /// Mark the session cookie Secure: on whenever a TLS proxy fronts the server.
  bool secure_cookies = false;
  std::string log_level = "info";
  /// Dictation (AS-6): "pocketsphinx" (built in, English) or "command" (speech_command).
  std::string speech_engine = "pocketsphinx";
  /// PocketSphinx's model folder (en-us/, en-us.lm.bin, cmudict-en-us.dict); empty: Debian's.
  std::string speech_model_dir;
  /// A pronunciation dictionary instead of the model folder's cmudict-en-us.dict.
  std::string speech_dictionary;
  /// The external engine's argv, {input} standing for a 16 kHz WAV file.
  std::string speech_command;
  std::string speech_language = "en";
  int speech_command_timeout_seconds = 120;
};

/// Reads a configuration key's value from the environment; injectable for tests.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;
EnvLookup ProcessEnv();

/// Builds the configuration from an optional TOML file and the environment. An unknown key or a
/// wrong type is an error naming the file, the line and the key.
Result<Config> LoadConfig(const std::optional<std::string>& toml_path, const EnvLookup& env);

/// Checks ranges after every source (file, environment, flags) has been applied.
Status ValidateConfig(const Config& config);

/// Splits "host:port"; the port must be 0-65535.
Result<std::pair<std::string, int>> ParseListenAddress(const std::string& listen);

}  // namespace verbatim
