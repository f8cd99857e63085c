// Forms from .xlsx workbooks (Office Open XML, ECMA-376): the zip is read with libzip, its XML
// parts with expat. Only what XLSForm needs: the sheets by name (workbook.xml and its rels), shared
// and inline strings, numbers and booleans as text. Formulas are read as their cached values.
#include <zip.h>

#include <cmath>
#include <cstdio>
#include <memory>

#include "screening/form_reader.h"
#include "screening/xml_tree.h"

namespace verbatim::screening {
namespace {

// A form is a few hundred rows; anything far larger is a mistake or a zip bomb.
constexpr zip_uint64_t kMaxPartBytes = 32u << 20;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

Status NotAWorkbook(const std::string& why) {
  return InvalidArgument("The file is not an .xlsx workbook: " + why + ".");
}

Result<ZipPtr> OpenZip(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) return NotAWorkbook(zip_error_strerror(&error));
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (zip == nullptr) {
    zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return NotAWorkbook(why);
  }
  zip_error_fini(&error);
  return ZipPtr(zip);
}

// The part at `path`, or nullopt when the workbook has none.
Result<std::optional<std::string>> ReadPart(zip_t* zip, const std::string& path) {
  zip_stat_t stat;
  if (zip_stat(zip, path.c_str(), 0, &stat) != 0) return std::optional<std::string>();
  if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > kMaxPartBytes) {
    return NotAWorkbook(path + " is larger than a form can be");
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(zip, path.c_str(), 0),
                                                         zip_fclose);
  if (!file) return NotAWorkbook(path + " cannot be read: " + zip_strerror(zip));
  std::string out(stat.size, '\0');
  const zip_int64_t n = zip_fread(file.get(), out.data(), stat.size);
  if (n < 0 || static_cast<zip_uint64_t>(n) != stat.size) {
    return NotAWorkbook(path + " is damaged");
  }
  return std::optional<std::string>(std::move(out));
}

Result<std::unique_ptr<XmlElement>> ReadXmlPart(zip_t* zip, const std::string& path) {
  VB_ASSIGN_OR_RETURN(auto text, ReadPart(zip, path));
  if (!text) return NotAWorkbook("it has no " + path);
  return ParseXml(path, *text);
}

// A rels Target is relative to xl/ unless it starts with '/'.
std::string PartPath(const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

// Sheet name → part path, from workbook.xml and its relationships.
Result<std::map<std::string, std::string>> SheetParts(zip_t* zip) {
  VB_ASSIGN_OR_RETURN(auto workbook, ReadXmlPart(zip, "xl/workbook.xml"));
  VB_ASSIGN_OR_RETURN(auto rels, ReadXmlPart(zip, "xl/_rels/workbook.xml.rels"));
  std::map<std::string, std::string> targets;
  for (const auto* rel : rels->Children("Relationship")) {
    targets[rel->Attribute("Id")] = rel->Attribute("Target");
  }
  std::map<std::string, std::string> parts;
  const XmlElement* sheets = workbook->Find("sheets");
  if (sheets == nullptr) return NotAWorkbook("xl/workbook.xml lists no sheets");
  for (const auto* sheet : sheets->Children("sheet")) {
    const auto target = targets.find(sheet->Attribute("id"));  // r:id, prefix dropped
    if (target != targets.end()) parts[sheet->Attribute("name")] = PartPath(target->second);
  }
  return parts;
}

// The text of a string item: its <t>, or the <t> of each rich-text run; phonetic runs (rPh) are
// reading aids, not text.
std::string StringItemText(const XmlElement& item) {
  std::string out;
  for (const auto& child : item.children) {
    if (child->name == "t") out += child->text;
    if (child->name == "r") {
      for (const auto* t : child->Children("t")) out += t->text;
    }
  }
  return out;
}

Result<std::vector<std::string>> SharedStrings(zip_t* zip) {
  std::vector<std::string> out;
  VB_ASSIGN_OR_RETURN(auto text, ReadPart(zip, "xl/sharedStrings.xml"));
  if (!text) return out;  // a workbook with numbers only has none
  VB_ASSIGN_OR_RETURN(auto root, ParseXml("xl/sharedStrings.xml", *text));
  for (const auto* item : root->Children("si")) out.push_back(StringItemText(*item));
  return out;
}

// "AB12" → 27 (0-based column), or -1.
int ColumnIndex(const std::string& reference) {
  int column = 0;
  size_t i = 0;
  for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
    column = column * 26 + (reference[i] - 'A' + 1);
    if (column > 16384) return -1;
  }
  return i == 0 ? -1 : column - 1;
}

std::string ColumnLetters(int index) {
  std::string out;
  for (int n = index + 1; n > 0; n = (n - 1) / 26)
    out.insert(out.begin(), char('A' + (n - 1) % 26));
  return out;
}

// Excel stores 0.1 as 0.10000000000000001; 15 significant digits give back what was typed.
std::string NumberText(const std::string& raw) {
  char* end = nullptr;
  const double value = std::strtod(raw.c_str(), &end);
  if (end == raw.c_str() || *end != '\0' || !std::isfinite(value)) return raw;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", value);
  return buf;
}

Result<std::string> CellText(const std::string& sheet, int row, int column, const XmlElement& cell,
                             const std::vector<std::string>& shared) {
  const std::string type = cell.Attribute("t");
  const XmlElement* v = cell.Find("v");
  const std::string raw = v == nullptr ? "" : v->text;
  if (type == "s") {
    char* end = nullptr;
    const long index = std::strtol(raw.c_str(), &end, 10);
    if (raw.empty() || *end != '\0' || index < 0 || static_cast<size_t>(index) >= shared.size()) {
      return SheetError(
          sheet, row, ColumnLetters(column),
          "the cell refers to shared string \"" + raw + "\", which the workbook does not have");
    }
    return shared[static_cast<size_t>(index)];
  }
  if (type == "inlineStr") {
    const XmlElement* is = cell.Find("is");
    return is == nullptr ? std::string() : StringItemText(*is);
  }
  if (type == "b") return std::string(raw == "1" ? "TRUE" : "FALSE");
  if (type == "e") {
    return SheetError(sheet, row, ColumnLetters(column), "the cell holds the error " + raw);
  }
  if (type == "str") return raw;
  return NumberText(raw);
}

Result<Sheet> ReadSheet(zip_t* zip, const std::string& name, const std::string& part,
                        const std::vector<std::string>& shared) {
  VB_ASSIGN_OR_RETURN(auto root, ReadXmlPart(zip, part));
  Sheet sheet;
  sheet.name = name;
  const XmlElement* data = root->Find("sheetData");
  if (data == nullptr) return sheet;
  bool have_header = false;
  int row_number = 0;
  for (const auto* row : data->Children("row")) {
    const std::string r = row->Attribute("r");
    row_number = r.empty() ? row_number + 1 : std::atoi(r.c_str());
    std::map<int, std::string> cells;
    int column = -1;
    for (const auto* cell : row->Children("c")) {
      const std::string ref = cell->Attribute("r");
      column = ref.empty() ? column + 1 : ColumnIndex(ref);
      if (column < 0) {
        return SheetError(name, row_number, ref, "the cell reference is not a column and row");
      }
      VB_ASSIGN_OR_RETURN(std::string text, CellText(name, row_number, column, *cell, shared));
      if (!text.empty()) cells[column] = std::move(text);
    }
    if (cells.empty()) continue;  // blank rows are spacing, as in the CSV reader
    if (!have_header) {
      // The first row that has anything is the header, as XLSForm tools read it.
      int last = cells.rbegin()->first;
      sheet.columns.assign(static_cast<size_t>(last + 1), "");
      for (const auto& [c, text] : cells) sheet.columns[static_cast<size_t>(c)] = text;
      have_header = true;
      continue;
    }
    SheetRow out;
    out.number = row_number;
    for (const auto& [c, text] : cells) {
      if (static_cast<size_t>(c) >= sheet.columns.size() || sheet.columns[c].empty()) {
        return SheetError(name, row_number, ColumnLetters(c),
                          "the cell has no column header; put a header in row 1 or clear it");
      }
      out.cells[sheet.columns[c]] = text;
    }
    sheet.rows.push_back(std::move(out));
  }
  // Columns without a header are gaps, not columns.
  std::erase(sheet.columns, "");
  return sheet;
}

}  // namespace

Result<Form> ReadFormXlsx(std::string_view bytes) {
  VB_ASSIGN_OR_RETURN(ZipPtr zip, OpenZip(bytes));
  VB_ASSIGN_OR_RETURN(auto parts, SheetParts(zip.get()));
  VB_ASSIGN_OR_RETURN(auto shared, SharedStrings(zip.get()));
  Sheet sheets[3];
  const char* names[3] = {"survey", "choices", "settings"};
  for (int i = 0; i < 3; ++i) {
    sheets[i].name = names[i];
    const auto part = parts.find(names[i]);
    if (part == parts.end()) {
      if (i == 2) continue;  // settings is optional
      return SheetError(names[i], 0, "", "the workbook has no sheet with this name");
    }
    VB_ASSIGN_OR_RETURN(sheets[i], ReadSheet(zip.get(), names[i], part->second, shared));
  }
  return BuildForm(sheets[0], sheets[1], sheets[2]);
}

}  // namespace verbatim::screening
