#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::screening {

/// An answer or an intermediate result of an expression: empty (not answered), a number, a
/// string (text, date, a select_one choice) or the list of choices of a select_multiple.
/// Booleans are numbers 1 and 0, as in XPath's number(true()).
class Value {
 public:
  enum class Kind { kEmpty, kNumber, kString, kList };

  Value() = default;
  static Value Number(double n);
  static Value String(std::string s);
  static Value List(std::vector<std::string> items);
  static Value Bool(bool b) { return Number(b ? 1 : 0); }

  Kind kind() const { return kind_; }
  bool empty() const;
  /// The number this value reads as; NaN for empty values and non-numeric strings, so that
  /// comparisons with an unanswered question are false (XPath semantics).
  double AsNumber() const;
  /// The text form; a list is space-separated, the way XLSForm stores select_multiple.
  std::string AsString() const;
  /// The selected choices: a list's items, or a string split at spaces.
  std::vector<std::string> AsList() const;
  /// XPath boolean(): non-zero numbers, non-empty strings and lists are true.
  bool AsBool() const;

 private:
  Kind kind_ = Kind::kEmpty;
  double number_ = 0;
  std::string string_;
  std::vector<std::string> list_;
};

}  // namespace verbatim::screening
