#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "report/pagination.h"
#include "report/rich_text.h"

namespace verbatim::report {

/// The type sizes of a document, by role. All use Noto Sans with Noto Sans Arabic and Noto Sans
/// Ethiopic named as fallbacks, so that mixed-script text never falls back to an arbitrary font.
enum class Font {
  kBody,     // 10 pt
  kTitle,    // 15 pt bold
  kHeading,  // 11.5 pt bold
  kSmall,    // 8.5 pt
};

/// Where the lines of a cell sit in its column.
enum class Align {
  kNatural,  // by each paragraph's direction: English at the left, Arabic at the right
  kLeft,     // always at the left (short values in a table: a name in Arabic script)
};

/// Text set in one column of a row.
struct Cell {
  RichText text;
  double x = 0;      // points from the left margin
  double width = 0;  // points
  Font font = Font::kBody;
  Align align = Align::kNatural;
};

/// What is drawn around a row, on every page the row spans.
enum class RowFrame {
  kNone,
  kLeftRule,   // a thin line left of the flowing cell (answers)
  kShaded,     // a tinted band with a dark bar at the left (warnings, incidents)
  kRuleBelow,  // a line under the row (section headings)
};

/// A horizontal band of cells. Rows stack down the page and break across pages.
struct Row {
  std::vector<Cell> cells;
  /// The cell whose lines may continue on the next page (a long answer); the other cells must fit
  /// beside its first lines. Without one the row is never split.
  std::optional<std::size_t> flowing_cell;
  /// Drawn at the top of every page the flowing cell continues on ("A (continued)").
  std::optional<Cell> continuation;
  RowFrame frame = RowFrame::kNone;
  Keep keep = Keep::kFree;
  double space_before = 0;  // points; dropped at the top of a page
  double padding = 0;       // points above and below the cells, inside the frame
  /// When not empty, an entry of the PDF outline (bookmarks) pointing at this row.
  std::string outline;
};

/// The footer of one page; `note` is an extra line above it (on the last page: the final hash).
struct PageFooter {
  std::string left;
  std::string right;
  std::string note;
};

/// The footer of page `page` (1-based) of `page_count`.
using FooterFn = std::function<PageFooter(int page, int page_count)>;

/// The PDF's document information.
struct PdfInfo {
  std::string title;
  std::string creator;
  /// "YYYY-MM-DDThh:mm:ssZ". Always set, so that the same input gives the same bytes.
  std::string create_date;
};

/// An A4 portrait PDF made of rows that flow down the pages. Pango shapes the text (Arabic script
/// joins and runs right to left, per paragraph); cairo draws it. Rows are laid out when added and
/// placed on pages in Finish, once every row's height is known, so that footers can say
/// "Page x of y" without rendering twice. One instance per document, used by one thread; it owns
/// the cairo surface and the pango layouts, hence non-copyable.
class PdfFlow {
 public:
  static Result<std::unique_ptr<PdfFlow>> Create(const PdfInfo& info);
  ~PdfFlow();
  PdfFlow(const PdfFlow&) = delete;
  PdfFlow& operator=(const PdfFlow&) = delete;

  /// The width between the left and right margins, in points.
  static double ContentWidth();

  /// Lays out `row`. Fails on text that is not valid UTF-8.
  Status Add(const Row& row);

  /// Places the rows on pages, draws them and the footers, and returns the PDF. Call once.
  Result<std::string> Finish(const FooterFn& footer);

 private:
  struct Impl;
  explicit PdfFlow(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace verbatim::report
