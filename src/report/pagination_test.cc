#include "report/pagination.h"

#include <gtest/gtest.h>

namespace verbatim::report {
namespace {

// A page of exactly ten 10-point lines.
constexpr PageArea kArea{0, 100};

RowMetrics Lines(int n, double fixed = 10) {
  RowMetrics row;
  row.fixed_height = fixed;
  for (int i = 1; i <= n; ++i) row.line_bottoms.push_back(10.0 * i);
  return row;
}

RowMetrics Solid(double height) {
  RowMetrics row;
  row.fixed_height = height;
  return row;
}

TEST(Paginate, RowsThatFitStayOnOnePage) {
  const auto pieces = Paginate({Lines(3), Lines(3), Lines(4)}, kArea);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[2].page, 0);
  EXPECT_DOUBLE_EQ(pieces[2].y, 60);
}

TEST(Paginate, LongRowContinuesOnTheNextPage) {
  const auto pieces = Paginate({Lines(6), Lines(8)}, kArea);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[1].first_line, 0u);
  EXPECT_EQ(pieces[1].end_line, 4u);
  EXPECT_EQ(pieces[2].page, 1);
  EXPECT_TRUE(pieces[2].continued);
  EXPECT_EQ(pieces[2].first_line, 4u);
  EXPECT_EQ(pieces[2].end_line, 8u);
}

TEST(Paginate, NeverCarriesASingleLineOver) {
  // Nine lines fit beside the first row's one; the tenth would be a widow, so two go over.
  const auto pieces = Paginate({Lines(1), Lines(10)}, kArea);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[1].end_line, 8u);
  EXPECT_EQ(pieces[2].first_line, 8u);
}

TEST(Paginate, NeverLeavesASingleLineAtTheFoot) {
  // One line would fit at the foot: the row starts on the next page instead.
  const auto pieces = Paginate({Lines(9), Lines(5)}, kArea);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[1].page, 1);
  EXPECT_FALSE(pieces[1].continued);
}

TEST(Paginate, HeadingMovesWithTheRowAfterIt) {
  RowMetrics heading = Solid(10);
  heading.keep = Keep::kWithNext;
  const auto pieces = Paginate({Lines(8), heading, Lines(3)}, kArea);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[1].page, 1);
  EXPECT_EQ(pieces[2].page, 1);
}

TEST(Paginate, SpaceBeforeIsDroppedAtTheTopOfAPage) {
  RowMetrics second = Lines(3);
  second.space_before = 5;
  const auto pieces = Paginate({Lines(9), second}, kArea);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[1].page, 1);
  EXPECT_DOUBLE_EQ(pieces[1].y, 0);
}

TEST(Paginate, RowLongerThanSeveralPagesIsSplitEverywhereItMust) {
  const auto pieces = Paginate({Lines(35)}, kArea);
  ASSERT_EQ(pieces.size(), 4u);
  std::size_t next = 0;
  for (const Fragment& piece : pieces) {
    EXPECT_EQ(piece.first_line, next);
    next = piece.end_line;
  }
  EXPECT_EQ(next, 35u);
  EXPECT_EQ(pieces.back().page, 3);
}

TEST(Paginate, RowTallerThanAPageThatCannotSplitStillEnds) {
  const auto pieces = Paginate({Lines(2), Solid(150), Lines(2)}, kArea);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[1].page, 1);
  EXPECT_EQ(pieces[2].page, 2);
}

}  // namespace
}  // namespace verbatim::report
