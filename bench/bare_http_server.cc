// The reference for the HTTP benchmark: cpp-httplib with one handler that answers a small JSON
// body, with the same thread count and TCP_NODELAY as verbatim serve. What verbatim adds on top
// (routing, session lookup in the database, headers, metrics) is the ratio between the two.
#include <httplib.h>

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: bare_http_server PORT THREADS\n";
    return 2;
  }
  const int threads = std::atoi(argv[2]);
  httplib::Server server;
  server.set_tcp_nodelay(true);
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.Get("/api/v1/me", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(R"({"username":"officer","role":"officer"})", "application/json");
  });
  return server.listen("127.0.0.1", std::atoi(argv[1])) ? 0 : 1;
}
