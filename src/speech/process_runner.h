#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "base/result.h"

namespace verbatim::speech {

/// What a finished child process printed.
struct ProcessOutput {
  int exit_code = 0;
  std::string out;
  std::string err;
};

/// Runs `argv` (no shell: argv[0] is looked up in PATH) with `input` on its stdin and collects
/// its stdout and stderr. A process still running after `timeout` is killed and reported as
/// Unavailable; a program that cannot be started is NotFound. A non-zero exit is not an error
/// here: the caller decides what it means.
Result<ProcessOutput> RunProcess(const std::vector<std::string>& argv, const std::string& input,
                                 std::chrono::milliseconds timeout);

}  // namespace verbatim::speech
