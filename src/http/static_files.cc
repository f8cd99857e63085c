#include "http/static_files.h"

#include <fstream>
#include <sstream>
#include <unistd.h>

namespace verbatim::http {
namespace {

const char* ContentType(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".json") return "application/json";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

bool ReadFile(const std::filesystem::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  out = buf.str();
  return true;
}

}  // namespace

StaticFiles::StaticFiles(std::filesystem::path root)
    : root_(std::move(root)), available_(std::filesystem::exists(root_ / "index.html")) {
  if (available_) root_ = std::filesystem::canonical(root_);
}

void StaticFiles::Serve(const httplib::Request& req, httplib::Response& res) const {
  if (!available_) {
    res.status = 503;
    res.set_content(
        "<!doctype html><html lang=\"en\"><title>Verbatim</title><h1>Verbatim</h1><p>The web "
        "front end is not built. Run <code>make run</code>, or <code>npm run build</code> in "
        "<code>web/</code>, then reload. The API works: <a href=\"/api/v1/openapi.json\">"
        "/api/v1/openapi.json</a>.</p></html>",
        "text/html; charset=utf-8");
    return;
  }
  std::filesystem::path file = root_ / "index.html";
  if (req.path.size() > 1 && req.path.find("..") == std::string::npos) {
    std::error_code ec;
    const auto candidate = std::filesystem::weakly_canonical(root_ / req.path.substr(1), ec);
    const bool inside = !ec && candidate.string().rfind(root_.string() + "/", 0) == 0;
    if (inside && std::filesystem::is_regular_file(candidate, ec)) file = candidate;
  }
  std::string body;
  if (!ReadFile(file, body)) {
    res.status = 404;
    res.set_content("Not found.", "text/plain; charset=utf-8");
    return;
  }
  // Vite puts content-hashed names under assets/: they never change, so cache them for good.
  const bool hashed = file.parent_path().filename() == "assets";
  res.set_header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  res.set_content(std::move(body), ContentType(file));
}

std::filesystem::path FindWebRoot(const std::string& configured) {
  if (!configured.empty()) return configured;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::vector<std::filesystem::path> candidates;
  if (!ec) {
    candidates.push_back(exe.parent_path() / "web");                 // installed beside it
    candidates.push_back(exe.parent_path().parent_path() / "web" / "dist");  // build/verbatim
  }
  candidates.push_back(std::filesystem::path(VERBATIM_SOURCE_DIR) / "web" / "dist");
  for (const auto& c : candidates) {
    if (std::filesystem::exists(c / "index.html", ec)) return c;
  }
  return candidates.back();
}

}  // namespace verbatim::http
