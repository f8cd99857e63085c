#include "speech/process_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

extern char** environ;

namespace verbatim::speech {
namespace {

// Closes a pipe end when the runner leaves, whatever path it takes.
struct Fd {
  int fd = -1;
  ~Fd() { Close(); }
  void Close() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

}  // namespace

Result<ProcessOutput> RunProcess(const std::vector<std::string>& argv, const std::string& input,
                                 std::chrono::milliseconds timeout) {
  if (argv.empty() || argv[0].empty()) return InvalidArgument("no program to run");
  // A child that exits before reading all its input would otherwise kill this whole process
  // with SIGPIPE on the next write; the write then fails with EPIPE instead.
  static const bool sigpipe_ignored = [] { return ::signal(SIGPIPE, SIG_IGN) != SIG_ERR; }();
  (void)sigpipe_ignored;
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) != 0) return Internal("pipe failed");
  Fd in_r{in_pipe[0]}, in_w{in_pipe[1]};
  if (pipe2(out_pipe, O_CLOEXEC) != 0) return Internal("pipe failed");
  Fd out_r{out_pipe[0]}, out_w{out_pipe[1]};
  if (pipe2(err_pipe, O_CLOEXEC) != 0) return Internal("pipe failed");
  Fd err_r{err_pipe[0]}, err_w{err_pipe[1]};

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_r.fd, 0);
  posix_spawn_file_actions_adddup2(&actions, out_w.fd, 1);
  posix_spawn_file_actions_adddup2(&actions, err_w.fd, 2);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    return NotFound("cannot start '" + argv[0] + "': " + std::strerror(spawned));
  }
  in_r.Close();
  out_w.Close();
  err_w.Close();

  ProcessOutput result;
  size_t written = 0;
  if (input.empty()) in_w.Close();
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  bool timed_out = false;
  while (out_r.fd >= 0 || err_r.fd >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd fds[3];
    int n = 0;
    if (out_r.fd >= 0) fds[n++] = {out_r.fd, POLLIN, 0};
    if (err_r.fd >= 0) fds[n++] = {err_r.fd, POLLIN, 0};
    if (in_w.fd >= 0) fds[n++] = {in_w.fd, POLLOUT, 0};
    if (poll(fds, nfds_t(n), int(left.count())) < 0 && errno != EINTR) break;
    for (int i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      if (fds[i].fd == in_w.fd) {
        const ssize_t w = ::write(in_w.fd, input.data() + written, input.size() - written);
        if (w > 0) written += size_t(w);
        if (w < 0 || written == input.size()) in_w.Close();
        continue;
      }
      char buffer[8192];
      const ssize_t r = ::read(fds[i].fd, buffer, sizeof buffer);
      std::string& sink = fds[i].fd == out_r.fd ? result.out : result.err;
      if (r > 0) {
        sink.append(buffer, size_t(r));
      } else {
        (fds[i].fd == out_r.fd ? out_r : err_r).Close();
      }
    }
  }
  in_w.Close();
  if (timed_out) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    return Unavailable("'" + argv[0] + "' did not finish within " +
                       std::to_string(timeout.count() / 1000.0).substr(0, 4) + " s and was stopped");
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

}  // namespace verbatim::speech
