#include "report/pagination.h"

#include <algorithm>

namespace verbatim::report {
namespace {

// Fewer lines than this never stand alone at the foot or the head of a page.
constexpr std::size_t kMinLines = 2;

double LinesHeight(const RowMetrics& row, std::size_t begin, std::size_t end) {
  if (begin >= end) return 0;
  return row.line_bottoms[end - 1] - (begin == 0 ? 0 : row.line_bottoms[begin - 1]);
}

double WholeHeight(const RowMetrics& row) {
  return std::max(row.fixed_height, LinesHeight(row, 0, row.line_bottoms.size())) + 2 * row.padding;
}

// The least of `row` that must share a page with a heading kept with it.
double FirstPieceHeight(const RowMetrics& row) {
  const std::size_t n = row.line_bottoms.size();
  if (n < 2 * kMinLines) return WholeHeight(row);
  return std::max(row.fixed_height, LinesHeight(row, 0, kMinLines)) + 2 * row.padding;
}

class Paginator {
 public:
  explicit Paginator(PageArea area) : area_(area), y_(area.top) {}

  void Place(std::size_t index, const RowMetrics& row, const RowMetrics* next) {
    if (y_ > area_.top) y_ += row.space_before;
    double need = FirstPieceHeight(row);
    if (row.keep == Keep::kWithNext && next != nullptr) {
      need = WholeHeight(row) + next->space_before + FirstPieceHeight(*next);
    }
    if (y_ + need > area_.bottom && !AtTop()) NewPage();
    if (row.line_bottoms.empty()) {
      Emit(index, 0, 0, false, WholeHeight(row));
      return;
    }
    PlaceFlowing(index, row);
  }

  std::vector<Fragment> Take() && { return std::move(fragments_); }

 private:
  bool AtTop() const { return y_ <= area_.top; }

  void NewPage() {
    ++page_;
    y_ = area_.top;
  }

  void Emit(std::size_t row, std::size_t first, std::size_t end, bool continued, double height) {
    fragments_.push_back({row, page_, y_, height, first, end, continued});
    y_ += height;
  }

  void PlaceFlowing(std::size_t index, const RowMetrics& row) {
    const std::size_t n = row.line_bottoms.size();
    std::size_t start = 0;
    bool continued = false;
    while (true) {
      const double fixed =
          (continued ? row.continuation_height : row.fixed_height) + 2 * row.padding;
      const double avail = area_.bottom - y_;
      const auto piece = [&](std::size_t end) {
        return std::max(fixed, LinesHeight(row, start, end) + 2 * row.padding);
      };
      if (piece(n) <= avail) {
        Emit(index, start, n, continued, piece(n));
        return;
      }
      const std::size_t remaining = n - start;
      std::size_t k = 0;
      while (k < remaining && LinesHeight(row, start, start + k + 1) + 2 * row.padding <= avail) {
        ++k;
      }
      if (k == remaining) {
        k = 0;  // every line fits but the cells beside them do not
      } else if (remaining - k < kMinLines) {
        k = remaining >= kMinLines ? remaining - kMinLines : 0;
      }
      if (k < kMinLines || fixed > avail) {
        if (!AtTop()) {
          NewPage();
          continue;
        }
        // Even a fresh page cannot hold what the rules ask for: take what fits, at least a line,
        // so that the document always ends.
        k = std::clamp<std::size_t>(k, 1, remaining);
      }
      Emit(index, start, start + k, continued, piece(start + k));
      start += k;
      if (start >= n) return;
      continued = true;
      NewPage();
    }
  }

  PageArea area_;
  int page_ = 0;
  double y_;
  std::vector<Fragment> fragments_;
};

}  // namespace

std::vector<Fragment> Paginate(const std::vector<RowMetrics>& rows, PageArea area) {
  Paginator paginator(area);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    paginator.Place(i, rows[i], i + 1 < rows.size() ? &rows[i + 1] : nullptr);
  }
  return std::move(paginator).Take();
}

}  // namespace verbatim::report
