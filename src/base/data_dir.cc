#include "base/data_dir.h"

#include <vector>

namespace verbatim {

std::filesystem::path FindDataDir(const std::string& configured) {
  if (!configured.empty()) return configured;
  std::error_code ec;
  std::vector<std::filesystem::path> candidates;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    candidates.push_back(exe.parent_path() / "data");                 // installed beside it
    candidates.push_back(exe.parent_path().parent_path() / "data");   // build/verbatim
    candidates.push_back(exe.parent_path().parent_path().parent_path() / "data");  // build/x/y
  }
  candidates.push_back(std::filesystem::path(VERBATIM_SOURCE_DIR) / "data");
  for (const auto& c : candidates) {
    if (std::filesystem::exists(c / "exchange-rates", ec)) return c;
  }
  return candidates.back();
}

}  // namespace verbatim
