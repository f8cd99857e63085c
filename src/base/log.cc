#include "base/log.h"

#include <spdlog/sinks/stdout_sinks.h>

namespace verbatim {

void InitLogging(const std::string& level) {
  spdlog::drop("verbatim");  // callable again, e.g. when serve raises the level
  auto logger = spdlog::stderr_logger_mt("verbatim");
  // Messages are written by our own code as `event key=value ...`, so a JSON envelope with
  // time, level and message is structured enough for log shippers.
  logger->set_pattern(R"({"time":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l","msg":"%v"})",
                      spdlog::pattern_time_type::utc);
  logger->set_level(spdlog::level::from_str(level));
  spdlog::set_default_logger(logger);
}

}  // namespace verbatim
