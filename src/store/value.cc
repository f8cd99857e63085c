#include "store/value.h"

#include <cstdlib>

namespace verbatim::store {

std::string Value::ToText() const {
  if (const auto* i = as_int()) return std::to_string(*i);
  if (const auto* s = as_text()) return *s;
  return {};
}

std::int64_t Row::Int(std::size_t i) const { return OptionalInt(i).value_or(0); }

std::optional<std::int64_t> Row::OptionalInt(std::size_t i) const {
  const auto& cell = cells_.at(i);
  if (!cell) return std::nullopt;
  return std::strtoll(cell->c_str(), nullptr, 10);
}

}  // namespace verbatim::store
