#include "base/config.h"

#include <toml++/toml.h>

#include <cstdlib>
#include <map>

namespace verbatim {
namespace {

// One row per setting: the TOML key, and how to set it from a string (environment) or a TOML
// node. A table keeps the file, the environment and the docs in step.
struct Setting {
  const char* key;
  enum class Type { kString, kInt, kBool } type;
  std::function<void(Config&, const std::string&)> set_string;
  std::function<void(Config&, std::int64_t)> set_int;
  std::function<void(Config&, bool)> set_bool;
};

const std::vector<Setting>& Settings() {
  using T = Setting::Type;
  static const std::vector<Setting> settings = {
      {"db", T::kString, [](Config& c, const std::string& v) { c.db_url = v; }, {}, {}},
      {"listen", T::kString, [](Config& c, const std::string& v) { c.listen = v; }, {}, {}},
      {"web_root", T::kString, [](Config& c, const std::string& v) { c.web_root = v; }, {}, {}},
      {"data_dir", T::kString, [](Config& c, const std::string& v) { c.data_dir = v; }, {}, {}},
      {"log_level", T::kString, [](Config& c, const std::string& v) { c.log_level = v; }, {}, {}},
      {"threads", T::kInt, {}, [](Config& c, std::int64_t v) { c.threads = int(v); }, {}},
      {"read_timeout_seconds", T::kInt, {},
       [](Config& c, std::int64_t v) { c.read_timeout_seconds = int(v); }, {}},
      {"write_timeout_seconds", T::kInt, {},
       [](Config& c, std::int64_t v) { c.write_timeout_seconds = int(v); }, {}},
      {"keep_alive_timeout_seconds", T::kInt, {},
       [](Config& c, std::int64_t v) { c.keep_alive_timeout_seconds = int(v); }, {}},
      {"max_body_bytes", T::kInt, {}, [](Config& c, std::int64_t v) { c.max_body_bytes = v; }, {}},
      {"max_audio_bytes", T::kInt, {}, [](Config& c, std::int64_t v) { c.max_audio_bytes = v; }, {}},
      {"session_idle_minutes", T::kInt, {},
       [](Config& c, std::int64_t v) { c.session_idle_minutes = int(v); }, {}},
      {"session_absolute_hours", T::kInt, {},
       [](Config& c, std::int64_t v) { c.session_absolute_hours = int(v); }, {}},
      {"secure_cookies", T::kBool, {}, {}, [](Config& c, bool v) { c.secure_cookies = v; }},
      {"speech_engine", T::kString, [](Config& c, const std::string& v) { c.speech_engine = v; }, {}, {}},
      {"speech_model_dir", T::kString,
       [](Config& c, const std::string& v) { c.speech_model_dir = v; }, {}, {}},
      {"speech_dictionary", T::kString,
       [](Config& c, const std::string& v) { c.speech_dictionary = v; }, {}, {}},
      {"speech_command", T::kString, [](Config& c, const std::string& v) { c.speech_command = v; }, {}, {}},
      {"speech_language", T::kString,
       [](Config& c, const std::string& v) { c.speech_language = v; }, {}, {}},
      {"speech_command_timeout_seconds", T::kInt, {},
       [](Config& c, std::int64_t v) { c.speech_command_timeout_seconds = int(v); }, {}},
  };
  return settings;
}

std::string EnvName(const char* key) {
  std::string name = "VERBATIM_";
  for (const char* p = key; *p; ++p) name += static_cast<char>(std::toupper(*p));
  return name;
}

}  // namespace

Status ValidateConfig(const Config& c) {
  if (c.threads < 1 || c.threads > 1024) return InvalidArgument("threads must be 1 to 1024");
  if (c.max_body_bytes < 1024) return InvalidArgument("max_body_bytes must be at least 1024");
  if (c.max_audio_bytes < 1024) return InvalidArgument("max_audio_bytes must be at least 1024");
  if (c.session_idle_minutes < 1) return InvalidArgument("session_idle_minutes must be >= 1");
  if (c.session_absolute_hours < 1) return InvalidArgument("session_absolute_hours must be >= 1");
  if (c.speech_engine != "pocketsphinx" && c.speech_engine != "command") {
    return InvalidArgument("speech_engine must be \"pocketsphinx\" or \"command\"");
  }
  if (c.speech_command_timeout_seconds < 1) {
    return InvalidArgument("speech_command_timeout_seconds must be >= 1");
  }
  if (c.read_timeout_seconds < 1 || c.write_timeout_seconds < 1 ||
      c.keep_alive_timeout_seconds < 1) {
    return InvalidArgument("timeouts must be at least 1 second");
  }
  return ParseListenAddress(c.listen).status();
}

EnvLookup ProcessEnv() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* v = std::getenv(name.c_str());
    if (v == nullptr) return std::nullopt;
    return std::string(v);
  };
}

Result<std::pair<std::string, int>> ParseListenAddress(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    return InvalidArgument("listen address '" + listen + "' must be HOST:PORT, e.g. 127.0.0.1:8080");
  }
  const std::string port_text = listen.substr(colon + 1);
  char* end = nullptr;
  const long port = std::strtol(port_text.c_str(), &end, 10);
  if (port_text.empty() || *end != '\0' || port < 0 || port > 65535) {
    return InvalidArgument("listen address '" + listen + "' has no valid port (0-65535)");
  }
  return std::make_pair(listen.substr(0, colon), static_cast<int>(port));
}

Result<Config> LoadConfig(const std::optional<std::string>& toml_path, const EnvLookup& env) {
  Config config;
  if (toml_path) {
    toml::table table;
    try {
      table = toml::parse_file(*toml_path);
    } catch (const toml::parse_error& e) {
      return InvalidArgument(*toml_path + ":" + std::to_string(e.source().begin.line) + ": " +
                             std::string(e.description()));
    }
    for (const auto& [key, node] : table) {
      const Setting* setting = nullptr;
      for (const auto& s : Settings()) {
        if (key.str() == s.key) setting = &s;
      }
      const std::string where =
          *toml_path + ":" + std::to_string(node.source().begin.line) + ": ";
      if (setting == nullptr) {
        return InvalidArgument(where + "unknown setting '" + std::string(key.str()) + "'");
      }
      using T = Setting::Type;
      if (setting->type == T::kString && node.is_string()) {
        setting->set_string(config, *node.value<std::string>());
      } else if (setting->type == T::kInt && node.is_integer()) {
        setting->set_int(config, *node.value<std::int64_t>());
      } else if (setting->type == T::kBool && node.is_boolean()) {
        setting->set_bool(config, *node.value<bool>());
      } else {
        const char* expected = setting->type == T::kString ? "a string"
                               : setting->type == T::kInt  ? "an integer"
                                                           : "true or false";
        return InvalidArgument(where + "'" + setting->key + "' must be " + expected);
      }
    }
  }
  for (const auto& s : Settings()) {
    const std::string name = EnvName(s.key);
    const auto value = env(name);
    if (!value) continue;
    using T = Setting::Type;
    if (s.type == T::kString) {
      s.set_string(config, *value);
    } else if (s.type == T::kInt) {
      char* end = nullptr;
      const long long v = std::strtoll(value->c_str(), &end, 10);
      if (value->empty() || *end != '\0') {
        return InvalidArgument("environment variable " + name + " must be an integer");
      }
      s.set_int(config, v);
    } else {
      if (*value != "true" && *value != "false") {
        return InvalidArgument("environment variable " + name + " must be true or false");
      }
      s.set_bool(config, *value == "true");
    }
  }
  VB_RETURN_IF_ERROR(ValidateConfig(config));
  return config;
}

}  // namespace verbatim
