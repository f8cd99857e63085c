#pragma once

#include <cassert>
#include <optional>
#include <utility>

#include "base/status.h"

namespace verbatim {

/// A value or the Status that explains why there is none (like absl::StatusOr).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "a Result holding no value needs an error");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace verbatim

#define VB_CONCAT_INNER(a, b) a##b
#define VB_CONCAT(a, b) VB_CONCAT_INNER(a, b)

/// `VB_ASSIGN_OR_RETURN(auto x, MakeX());` declares x from a Result or returns its status.
#define VB_ASSIGN_OR_RETURN(lhs, expr) \
  VB_ASSIGN_OR_RETURN_IMPL(VB_CONCAT(vb_result_, __LINE__), lhs, expr)
#define VB_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                             \
  if (!tmp.ok()) return tmp.status();            \
  lhs = std::move(tmp).value()
