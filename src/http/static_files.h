#pragma once

#include <httplib.h>

#include <filesystem>
#include <string>

namespace verbatim::http {

/// Serves the built web front end from one folder. Any GET path that names no file gets
/// index.html, so the single-page app can use real paths. Paths never leave the folder.
class StaticFiles {
 public:
  /// `root` may not exist: then every request is answered with a page that says how to build
  /// the front end.
  explicit StaticFiles(std::filesystem::path root);

  void Serve(const httplib::Request& req, httplib::Response& res) const;
  bool available() const { return available_; }
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
  bool available_;
};

/// The folder of built assets: `configured` when set, else web/dist beside the binary's build
/// folder or in the source tree this binary was built from.
std::filesystem::path FindWebRoot(const std::string& configured);

}  // namespace verbatim::http
