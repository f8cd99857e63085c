#include "screening/xml_tree.h"

#include <expat.h>

namespace verbatim::screening {
namespace {

std::string LocalName(const char* name) {
  const std::string full(name);
  const auto colon = full.rfind(':');
  return colon == std::string::npos ? full : full.substr(colon + 1);
}

struct Builder {
  std::unique_ptr<XmlElement> root;
  std::vector<XmlElement*> open;
};

void OnStart(void* data, const char* name, const char** attributes) {
  auto* b = static_cast<Builder*>(data);
  auto element = std::make_unique<XmlElement>();
  element->name = LocalName(name);
  for (int i = 0; attributes[i] != nullptr; i += 2) {
    element->attributes[LocalName(attributes[i])] = attributes[i + 1];
  }
  XmlElement* raw = element.get();
  if (b->open.empty()) {
    b->root = std::move(element);
  } else {
    b->open.back()->children.push_back(std::move(element));
  }
  b->open.push_back(raw);
}

void OnEnd(void* data, const char*) { static_cast<Builder*>(data)->open.pop_back(); }

void OnText(void* data, const char* text, int length) {
  auto* b = static_cast<Builder*>(data);
  if (!b->open.empty()) b->open.back()->text.append(text, static_cast<size_t>(length));
}

}  // namespace

std::string XmlElement::Attribute(const std::string& local_name) const {
  const auto it = attributes.find(local_name);
  return it == attributes.end() ? "" : it->second;
}

std::vector<const XmlElement*> XmlElement::Children(std::string_view local_name) const {
  std::vector<const XmlElement*> out;
  for (const auto& child : children) {
    if (child->name == local_name) out.push_back(child.get());
  }
  return out;
}

const XmlElement* XmlElement::Find(std::string_view local_name) const {
  for (const auto& child : children) {
    if (child->name == local_name) return child.get();
    if (const XmlElement* found = child->Find(local_name)) return found;
  }
  return nullptr;
}

Result<std::unique_ptr<XmlElement>> ParseXml(std::string_view what, std::string_view text) {
  // Namespace processing off: names keep their prefix and LocalName drops it, which is all a
  // workbook needs. Expat never fetches external entities.
  XML_Parser parser = XML_ParserCreate("UTF-8");
  if (parser == nullptr) return Internal("The XML parser could not be created.");
  Builder builder;
  XML_SetUserData(parser, &builder);
  XML_SetElementHandler(parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser, OnText);
  const bool ok = XML_Parse(parser, text.data(), static_cast<int>(text.size()), 1) == XML_STATUS_OK;
  std::string error;
  if (!ok) {
    error = std::string(what) + " is not well-formed XML at line " +
            std::to_string(XML_GetCurrentLineNumber(parser)) + ": " +
            XML_ErrorString(XML_GetErrorCode(parser)) + ".";
  }
  XML_ParserFree(parser);
  if (!ok) return InvalidArgument(error);
  if (!builder.root) return InvalidArgument(std::string(what) + " has no XML element.");
  return std::move(builder.root);
}

}  // namespace verbatim::screening
