#pragma once

#include <string>
#include <utility>

namespace verbatim {

/// What went wrong, coarse enough to map onto an HTTP status or a CLI exit code.
enum class ErrorCode {
  kOk = 0,
  kInvalidArgument,   // the caller's input is wrong (HTTP 400)
  kNotFound,          // 404
  kAlreadyExists,     // 409
  kFailedPrecondition,// the state forbids it now (409)
  kUnauthenticated,   // 401
  kPermissionDenied,  // 403
  kLocked,            // 423: an account lockout
  kUnavailable,       // a dependency (database) cannot be reached
  kDataLoss,          // a broken hash chain or corrupt file
  kInternal,          // a bug: never for bad input
};

/// The one error value at module boundaries (STYLE.md rule 3). Cheap to copy when ok.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  /// A sentence a person can act on; never personal data.
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return {ErrorCode::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {ErrorCode::kNotFound, std::move(m)}; }
inline Status AlreadyExists(std::string m) { return {ErrorCode::kAlreadyExists, std::move(m)}; }
inline Status FailedPrecondition(std::string m) {
  return {ErrorCode::kFailedPrecondition, std::move(m)};
}
inline Status Unauthenticated(std::string m) { return {ErrorCode::kUnauthenticated, std::move(m)}; }
inline Status PermissionDenied(std::string m) {
  return {ErrorCode::kPermissionDenied, std::move(m)};
}
inline Status Locked(std::string m) { return {ErrorCode::kLocked, std::move(m)}; }
inline Status Unavailable(std::string m) { return {ErrorCode::kUnavailable, std::move(m)}; }
inline Status DataLoss(std::string m) { return {ErrorCode::kDataLoss, std::move(m)}; }
inline Status Internal(std::string m) { return {ErrorCode::kInternal, std::move(m)}; }

/// A short stable name for logs and problem types ("invalid-argument").
const char* ErrorCodeName(ErrorCode code);

}  // namespace verbatim

/// Returns the status from the enclosing function when it is not ok.
#define VB_RETURN_IF_ERROR(expr)            \
  do {                                      \
    ::verbatim::Status vb_status_ = (expr); \
    if (!vb_status_.ok()) return vb_status_; \
  } while (0)
