#pragma once
// Runs the real `verbatim` binary for the CLI tests. VERBATIM_BINARY is the target's path, set
// by tests/CMakeLists.txt for each CLI test.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>

namespace verbatim::testing {

struct CliRun {
  int exit_code;
  std::string output;  // stdout and stderr together, as an operator sees them
};

/// `path` in the test's temporary folder, written with `content`.
inline std::string WriteTempFile(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

/// Runs `verbatim ARGS` through the shell with `input` on standard input (empty: nothing to
/// read, so a command that would prompt fails instead of waiting).
inline CliRun RunVerbatim(const std::string& args, const std::string& input = "") {
  // One input file per process: ctest runs the CLI test binaries side by side.
  const std::string input_file =
      WriteTempFile("verbatim-cli-input-" + std::to_string(getpid()) + ".txt", input);
  const std::string command =
      std::string(VERBATIM_BINARY) + " " + args + " < " + input_file + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  std::array<char, 4096> buf;
  while (std::size_t n = fread(buf.data(), 1, buf.size(), pipe)) output.append(buf.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

}  // namespace verbatim::testing
