#include "coi/html_importer.h"

#include <gumbo.h>

#include <cctype>
#include <memory>
#include <string>

#include "base/text.h"

namespace verbatim::coi {
namespace {

bool Dropped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NAV ||
         tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_HEAD;
}

int HeadingLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

// Elements that end a paragraph; everything else (a, b, span, em, …) runs inline.
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

// Collects text with runs of white space collapsed to one space, and paragraph breaks.
class TextWriter {
 public:
  void Text(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = true;
      } else {
        if (space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
        space_ = false;
        out_ += c;
      }
    }
  }
  void LineBreak() {
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    space_ = false;
  }
  void ParagraphBreak() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    if (out_.empty()) return;
    if (out_.back() != '\n') out_ += '\n';
    if (out_.size() < 2 || out_[out_.size() - 2] != '\n') out_ += '\n';
    space_ = false;
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  bool space_ = false;
};

// The text of a node and its descendants on one line (for headings and <title>).
void InlineText(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT || Dropped(node->v.element.tag)) return;
  if (node->v.element.tag == GUMBO_TAG_BR) out += ' ';  // a line break inside a heading
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    InlineText(static_cast<const GumboNode*>(children.data[i]), out);
  }
}

std::string Collapse(std::string_view s) {
  TextWriter w;
  w.Text(s);
  return Trim(w.Take());
}

void WriteBody(const GumboNode* node, TextWriter& w) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
    w.Text(node->v.text.text);
    return;
  }
  if (node->type == GUMBO_NODE_WHITESPACE) {
    w.Text(" ");
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = node->v.element.tag;
  if (Dropped(tag)) return;
  if (tag == GUMBO_TAG_BR) {
    w.LineBreak();
    return;
  }
  if (const int level = HeadingLevel(tag)) {
    std::string text;
    InlineText(node, text);
    text = Collapse(text);
    if (text.empty()) return;
    w.ParagraphBreak();
    w.Text(std::string(level, '#') + " " + text);
    w.ParagraphBreak();
    return;
  }
  const bool block = IsBlock(tag);
  if (block) w.ParagraphBreak();
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    WriteBody(static_cast<const GumboNode*>(children.data[i]), w);
  }
  if (block) w.ParagraphBreak();
}

std::string Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? Collapse(a->value) : std::string();
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void SetOnce(std::string& field, const std::string& value) {
  if (field.empty()) field = value;
}

// <meta name|property="…" content="…"> → the metadata field it names.
void ReadMeta(const GumboNode* meta, Metadata& m) {
  std::string key = Lower(Attribute(meta, "name"));
  if (key.empty()) key = Lower(Attribute(meta, "property"));
  const std::string value = Attribute(meta, "content");
  if (value.empty()) return;
  if (key == "author" || key == "publisher" || key == "dc.publisher" || key == "dc.creator" ||
      key == "og:site_name") {
    SetOnce(m.publisher, value);
  } else if (key == "date" || key == "dc.date" || key == "dcterms.date" ||
             key == "dc.date.issued" || key == "article:published_time" ||
             key == "citation_publication_date") {
    // "2024-03-05T10:00:00Z" → "2024-03-05": the date is what a filter reads.
    SetOnce(m.published, value.substr(0, std::min<std::size_t>(value.size(), 10)));
  } else if (key == "language" || key == "dc.language" || key == "content-language") {
    SetOnce(m.language, Lower(value));
  } else if (key == "dc.type") {
    SetOnce(m.document_type, value);
  } else if (key == "og:url" || key == "dc.source" || key == "dc.identifier") {
    SetOnce(m.source, value);
  } else if (key == "dc.rights" || key == "license") {
    SetOnce(m.licence, value);
  } else if (key == "dc.title" || key == "og:title") {
    SetOnce(m.title, value);
  }
}

void ReadHead(const GumboNode* node, Metadata& m) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_TITLE) {
    std::string title;
    InlineText(node, title);
    if (m.title.empty()) m.title = Collapse(title);
    return;
  }
  if (tag == GUMBO_TAG_META) ReadMeta(node, m);
  if (tag == GUMBO_TAG_BODY) return;  // <meta> belongs in <head>; the body is the text
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    ReadHead(static_cast<const GumboNode*>(children.data[i]), m);
  }
}

const GumboNode* FindBody(const GumboNode* html) {
  const GumboVector& children = html->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY) return child;
  }
  return html;
}

}  // namespace

Result<ParsedDocument> ParseHtml(std::string_view html) {
  if (html.starts_with("\xEF\xBB\xBF")) html.remove_prefix(3);
  if (!IsValidUtf8(html)) {
    return InvalidArgument("the page is not UTF-8; convert it (e.g. with iconv) and import again");
  }
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  ParsedDocument doc;
  const GumboNode* root = output->root;
  doc.metadata.language = Lower(Attribute(root, "lang"));
  ReadHead(root, doc.metadata);
  TextWriter w;
  WriteBody(FindBody(root), w);
  doc.body = Trim(w.Take());
  if (doc.body.empty()) return InvalidArgument("the page has no text in its body");
  doc.body += '\n';
  // "en-GB" → "en": the language filter works on the language, not the region.
  if (auto dash = doc.metadata.language.find('-'); dash != std::string::npos) {
    doc.metadata.language.resize(dash);
  }
  return doc;
}

}  // namespace verbatim::coi
