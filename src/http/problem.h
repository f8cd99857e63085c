#pragma once

#include <string>
#include <vector>

#include "base/json.h"
#include "base/status.h"

namespace verbatim::http {

/// An RFC 9457 problem document: what went wrong, said so that a person can act on it.
struct Problem {
  int status = 500;
  std::string title;
  std::string detail;
  /// Field-level problems of a submitted form: [{"field","message"}].
  Json errors = Json::array();

  Json ToJson() const;
};

/// The HTTP status for an error code (400, 401, 403, 404, 409, 423, 503, 500).
int HttpStatusFor(ErrorCode code);
/// The standard reason phrase, used as a problem's title ("Not Found").
const char* ReasonPhrase(int status);
/// A problem from a Status; the message becomes the detail. Internal errors get a generic
/// detail: their message is for the log, not for the client.
Problem ProblemFrom(const Status& status);

}  // namespace verbatim::http
