#include "screening/value.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>

namespace verbatim::screening {

Value Value::Number(double n) {
  Value v;
  v.kind_ = Kind::kNumber;
  v.number_ = n;
  return v;
}

Value Value::String(std::string s) {
  Value v;
  v.kind_ = Kind::kString;
  v.string_ = std::move(s);
  return v;
}

Value Value::List(std::vector<std::string> items) {
  Value v;
  v.kind_ = Kind::kList;
  v.list_ = std::move(items);
  return v;
}

bool Value::empty() const {
  switch (kind_) {
    case Kind::kEmpty:
      return true;
    case Kind::kNumber:
      return false;
    case Kind::kString:
      return string_.empty();
    case Kind::kList:
      return list_.empty();
  }
  return true;
}

double Value::AsNumber() const {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  switch (kind_) {
    case Kind::kNumber:
      return number_;
    case Kind::kString: {
      if (string_.empty()) return kNaN;
      char* end = nullptr;
      const double n = std::strtod(string_.c_str(), &end);
      return (end != nullptr && *end == '\0') ? n : kNaN;
    }
    default:
      return kNaN;
  }
}

std::string Value::AsString() const {
  switch (kind_) {
    case Kind::kEmpty:
      return "";
    case Kind::kNumber: {
      if (std::isnan(number_)) return "NaN";
      std::ostringstream out;
      out.precision(15);
      out << number_;
      return out.str();
    }
    case Kind::kString:
      return string_;
    case Kind::kList: {
      std::string joined;
      for (const auto& item : list_) {
        if (!joined.empty()) joined += ' ';
        joined += item;
      }
      return joined;
    }
  }
  return "";
}

std::vector<std::string> Value::AsList() const {
  if (kind_ == Kind::kList) return list_;
  std::vector<std::string> items;
  std::istringstream in(AsString());
  for (std::string item; in >> item;) items.push_back(item);
  return items;
}

bool Value::AsBool() const {
  if (kind_ == Kind::kNumber) return number_ != 0 && !std::isnan(number_);
  return !empty();
}

}  // namespace verbatim::screening
