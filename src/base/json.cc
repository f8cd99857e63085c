#include "base/json.h"

namespace verbatim {

Result<Json> ParseJson(std::string_view text) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    // e.what() is "[json.exception.parse_error.101] parse error at line 1, column 5: ...";
    // the part after the id is what a person needs.
    std::string what = e.what();
    const auto pos = what.find("] ");
    return InvalidArgument("The request body is not valid JSON: " +
                           (pos == std::string::npos ? what : what.substr(pos + 2)));
  }
}

}  // namespace verbatim
