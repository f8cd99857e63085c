#pragma once
// For tests only (library vb_screening_testing): real .xlsx workbooks written with libzip, as a
// spreadsheet program writes them, for the reader's tests and for the CLI and API tests that load
// a team's form (issue 5).

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace verbatim::screening {

/// The bytes of a zip archive holding `parts` (path inside the archive → content).
std::string Zip(const std::map<std::string, std::string>& parts);

/// A worksheet of inline-string cells; empty cells are left out, as Excel does.
std::string SheetXml(const std::vector<std::vector<std::string>>& rows);

/// The parts of a workbook with these sheets (name → worksheet XML): workbook.xml, its
/// relationships and [Content_Types].xml. Sheet files are numbered backwards (s10.xml is the
/// first sheet) so that readers must follow the relationships, not the file order.
std::map<std::string, std::string> Workbook(
    const std::vector<std::pair<std::string, std::string>>& sheets);

/// An .xlsx form from rows of cells: survey, choices and settings, first row the header.
std::string XlsxForm(const std::vector<std::vector<std::string>>& survey,
                     const std::vector<std::vector<std::string>>& choices,
                     const std::vector<std::vector<std::string>>& settings);

}  // namespace verbatim::screening
