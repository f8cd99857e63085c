#pragma once

#include <httplib.h>

#include <map>
#include <optional>
#include <string>

#include "auth/session_manager.h"
#include "base/json.h"
#include "base/result.h"
#include "http/problem.h"

namespace verbatim::http {

/// One request as a handler sees it: the parsed path parameters, the caller's session (set for
/// every route that is not public) and helpers that write JSON and problem answers.
struct Context {
  const httplib::Request& req;
  httplib::Response& res;
  std::map<std::string, std::string> params;
  std::optional<auth::ActiveSession> session;

  /// The logged-in caller. Only for routes that are not public.
  const auth::Principal& principal() const { return session->principal; }

  void ReplyJson(int status, const Json& body);
  void ReplyProblem(const Problem& problem);
  /// Answers with the problem for a non-ok status.
  void Fail(const Status& status);
  /// The request body as a JSON object. The error says what is wrong: no JSON content type
  /// (415), not JSON at all (400, with line and column), or not an object.
  Result<Json> BodyObject();
  /// A query parameter, or "" when absent.
  std::string Query(const std::string& name) const;
};

/// Reads a string member of a JSON object: absent or null is "", any other type is an error
/// naming `path` ("applicant.family_name").
Result<std::string> StringField(const Json& object, const char* name, const std::string& path);

}  // namespace verbatim::http
