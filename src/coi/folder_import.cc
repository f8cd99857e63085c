#include "coi/folder_import.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace verbatim::coi {
namespace {

bool IsCorpusNote(const std::filesystem::path& path) {
  std::string stem = path.stem().string();
  for (auto& c : stem) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return stem == "README" || stem == "LICENSE" || stem == "LICENCE" || stem == "COPYING";
}

bool IsHidden(const std::filesystem::path& relative) {
  for (const auto& part : relative) {
    if (part.string().starts_with(".")) return true;
  }
  return false;
}

}  // namespace

std::vector<std::filesystem::path> CollectImportFiles(const std::vector<std::string>& paths,
                                                      std::vector<ImportFailure>& missing) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    const fs::path path(p);
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& f = it->path();
        if (!it->is_regular_file(ec) || IsHidden(fs::relative(f, path, ec)) || IsCorpusNote(f) ||
            !IsImportable(f)) {
          continue;
        }
        found.push_back(f);
      }
      if (ec) missing.push_back({p, "the folder cannot be read: " + ec.message()});
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      files.push_back(path);
    } else {
      missing.push_back({p, "no such file or folder"});
    }
  }
  return files;
}

ImportSummary ImportPaths(store::Store& store, const std::vector<std::string>& paths,
                          const ImportOptions& options, const ImportProgress& progress,
                          const Clock& clock) {
  ImportSummary summary;
  const auto files = CollectImportFiles(paths, summary.failures);
  summary.files = files.size() + summary.failures.size();
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (progress) progress(i, files.size(), files[i]);
    auto result = ImportFile(store, files[i], options, clock);
    if (!result.ok()) {
      // ImportFile's message starts with the path; the reason is what follows it.
      std::string reason = result.status().message();
      const std::string prefix = files[i].string() + ": ";
      if (reason.starts_with(prefix)) reason.erase(0, prefix.size());
      summary.failures.push_back({files[i].string(), reason});
    } else if (result->already_present) {
      ++summary.already_present;
    } else {
      ++summary.imported;
      summary.passages += static_cast<std::size_t>(result->passages);
    }
  }
  if (progress) progress(files.size(), files.size(), {});
  return summary;
}

}  // namespace verbatim::coi
