#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/result.h"

namespace verbatim::store {

/// A bound statement parameter: NULL, an integer or text. Binary data is stored hex-encoded, so
/// these three cover every column of both dialects.
class Value {
 public:
  Value() = default;
  Value(std::nullptr_t) {}                                          // NOLINT
  Value(std::int64_t v) : v_(v) {}                                  // NOLINT
  Value(int v) : v_(static_cast<std::int64_t>(v)) {}                // NOLINT
  Value(std::string v) : v_(std::move(v)) {}                        // NOLINT
  Value(std::string_view v) : v_(std::string(v)) {}                 // NOLINT
  Value(const char* v) : v_(std::string(v)) {}                      // NOLINT
  Value(const std::optional<std::string>& v) {                      // NOLINT
    if (v) v_ = *v;
  }

  bool is_null() const { return std::holds_alternative<std::monostate>(v_); }
  const std::int64_t* as_int() const { return std::get_if<std::int64_t>(&v_); }
  const std::string* as_text() const { return std::get_if<std::string>(&v_); }
  /// The text form sent to PostgreSQL; not meaningful for NULL.
  std::string ToText() const;

 private:
  std::variant<std::monostate, std::int64_t, std::string> v_;
};

/// One result row. Cells are kept as text (NULL as nullopt) so both backends look alike; the
/// typed getters parse on access.
class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}

  std::size_t size() const { return cells_.size(); }
  bool IsNull(std::size_t i) const { return !cells_.at(i).has_value(); }
  /// The cell's text; "" for NULL.
  std::string Text(std::size_t i) const { return cells_.at(i).value_or(""); }
  std::optional<std::string> OptionalText(std::size_t i) const { return cells_.at(i); }
  /// The cell as an integer; 0 for NULL.
  std::int64_t Int(std::size_t i) const;
  std::optional<std::int64_t> OptionalInt(std::size_t i) const;

 private:
  std::vector<std::optional<std::string>> cells_;
};

using Rows = std::vector<Row>;

}  // namespace verbatim::store
