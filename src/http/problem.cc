#include "http/problem.h"

namespace verbatim::http {

Json Problem::ToJson() const {
  Json j = {{"type", "about:blank"}, {"title", title.empty() ? ReasonPhrase(status) : title},
            {"status", status}, {"detail", detail}};
  if (!errors.empty()) j["errors"] = errors;
  return j;
}

int HttpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return 200;
    case ErrorCode::kInvalidArgument: return 400;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kPermissionDenied: return 403;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kAlreadyExists:
    case ErrorCode::kFailedPrecondition: return 409;
    case ErrorCode::kLocked: return 423;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kDataLoss:
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

const char* ReasonPhrase(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 423: return "Locked";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Error";
  }
}

Problem ProblemFrom(const Status& status) {
  Problem p;
  p.status = HttpStatusFor(status.code());
  p.title = ReasonPhrase(p.status);
  if (p.status == 500) {
    p.detail = "Something went wrong on the server. The error is logged; please try again, and "
               "tell your administrator if it persists.";
  } else if (p.status == 503) {
    p.detail = "The database cannot be reached right now. Please try again in a moment.";
  } else {
    p.detail = status.message();
  }
  return p;
}

}  // namespace verbatim::http
