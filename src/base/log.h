#pragma once

#include <spdlog/spdlog.h>

#include <string>

namespace verbatim {

/// Sets up the process-wide structured logger: one JSON object per line on stderr.
///
/// Contract for every caller: log events, ids, routes, codes and counts, never personal data
/// (names, dates of birth, statements, passwords, tokens). Case data goes to the audit log,
/// which stores who did what to which object, not the data itself.
void InitLogging(const std::string& level);

}  // namespace verbatim
