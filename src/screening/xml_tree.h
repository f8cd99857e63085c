#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::screening {

/// A parsed XML element: enough of a DOM for the small parts of an .xlsx workbook. Names are
/// local names (any namespace prefix removed); text is the concatenated character data directly
/// inside the element.
struct XmlElement {
  std::string name;
  std::map<std::string, std::string> attributes;  // by local name
  std::string text;
  std::vector<std::unique_ptr<XmlElement>> children;

  /// The attribute or "".
  std::string Attribute(const std::string& local_name) const;
  /// Direct children called `local_name`, in document order.
  std::vector<const XmlElement*> Children(std::string_view local_name) const;
  /// The first descendant (depth first) called `local_name`, or nullptr.
  const XmlElement* Find(std::string_view local_name) const;
};

/// Parses `text` with expat; the error names `what` (the part of the workbook) and the line.
Result<std::unique_ptr<XmlElement>> ParseXml(std::string_view what, std::string_view text);

}  // namespace verbatim::screening
