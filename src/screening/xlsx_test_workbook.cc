#include "screening/xlsx_test_workbook.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <fstream>
#include <sstream>

namespace verbatim::screening {
namespace {

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

std::string Column(size_t i) {
  std::string out;
  for (size_t n = i + 1; n > 0; n = (n - 1) / 26) out.insert(out.begin(), char('A' + (n - 1) % 26));
  return out;
}

}  // namespace

std::string Zip(const std::map<std::string, std::string>& parts) {
  // One file per process: ctest runs test binaries side by side.
  const std::string path =
      ::testing::TempDir() + "/form-test-" + std::to_string(getpid()) + ".xlsx";
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(zip, nullptr);
  for (const auto& [name, text] : parts) {
    zip_source_t* source = zip_source_buffer(zip, text.data(), text.size(), 0);
    EXPECT_GE(zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(zip_close(zip), 0);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string SheetXml(const std::vector<std::vector<std::string>>& rows) {
  std::string xml =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
  for (size_t r = 0; r < rows.size(); ++r) {
    xml += "<row r=\"" + std::to_string(r + 1) + "\">";
    for (size_t c = 0; c < rows[r].size(); ++c) {
      if (rows[r][c].empty()) continue;
      xml += "<c r=\"" + Column(c) + std::to_string(r + 1) + "\" t=\"inlineStr\"><is><t>" +
             Escape(rows[r][c]) + "</t></is></c>";
    }
    xml += "</row>";
  }
  return xml + "</sheetData></worksheet>";
}

std::map<std::string, std::string> Workbook(
    const std::vector<std::pair<std::string, std::string>>& sheets) {
  std::string workbook =
      R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)";
  std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  std::map<std::string, std::string> parts;
  for (size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    workbook +=
        "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    // Targets are relative to xl/, and the sheet files need not follow the sheet order.
    rels +=
        "<Relationship Id=\"rId" + n +
        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/s" +
        std::to_string(10 - i) + ".xml\"/>";
    parts["xl/worksheets/s" + std::to_string(10 - i) + ".xml"] = sheets[i].second;
  }
  parts["xl/workbook.xml"] = workbook + "</sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] = rels + "</Relationships>";
  parts["[Content_Types].xml"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
  return parts;
}

std::string XlsxForm(const std::vector<std::vector<std::string>>& survey,
                     const std::vector<std::vector<std::string>>& choices,
                     const std::vector<std::vector<std::string>>& settings) {
  return Zip(Workbook({{"survey", SheetXml(survey)},
                       {"choices", SheetXml(choices)},
                       {"settings", SheetXml(settings)}}));
}

}  // namespace verbatim::screening
