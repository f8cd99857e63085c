#pragma once

#include <cstddef>
#include <vector>

namespace verbatim::report {

/// Whether a page may break between this row and the next (headings keep with what follows).
enum class Keep { kFree, kWithNext };

/// What pagination needs to know of one laid-out row; lengths in points.
struct RowMetrics {
  /// The tallest cell that does not flow (for a row that never splits: the tallest cell).
  double fixed_height = 0;
  /// The flowing cell's lines: the bottom of each, from the cell's top, increasing. Line i spans
  /// from the bottom of line i - 1 (0 for the first) to line_bottoms[i]. Empty: the row is kept
  /// whole.
  std::vector<double> line_bottoms;
  /// The height of what is repeated at the top of a continued piece ("A (continued)").
  double continuation_height = 0;
  double space_before = 0;  // dropped at the top of a page
  double padding = 0;       // above and below the cells
  Keep keep = Keep::kFree;
};

/// The part of a row that lies on one page.
struct Fragment {
  std::size_t row = 0;
  int page = 0;  // 0-based
  double y = 0;  // top of the piece, points from the top of the page
  double height = 0;
  std::size_t first_line = 0;  // the flowing cell's lines [first_line, end_line) in this piece
  std::size_t end_line = 0;
  bool continued = false;  // a later piece of a row that began on an earlier page
};

/// The band of a page that rows may fill, in points from the top of the page.
struct PageArea {
  double top = 0;
  double bottom = 0;
};

/// Places rows on pages, top to bottom. A flowing row splits between lines, never leaving a
/// single line at the foot of a page or carrying a single line over (orphans and widows), and a
/// row marked Keep::kWithNext moves to the next page unless the start of the following row fits
/// beside it. A row taller than a whole page is split where it must, so placing always ends.
std::vector<Fragment> Paginate(const std::vector<RowMetrics>& rows, PageArea area);

}  // namespace verbatim::report
