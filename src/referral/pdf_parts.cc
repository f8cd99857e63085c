#include "referral/pdf_parts.h"

#include <utility>

namespace verbatim::referral {
namespace {

using report::Cell;
using report::Font;
using report::PdfFlow;
using report::RichText;
using report::Row;

constexpr double kKeyWidth = 130;
constexpr double kValueX = 138;

}  // namespace

Row TitleRow(std::string_view title) {
  Row row;
  row.cells.push_back({RichText(title), 0, PdfFlow::ContentWidth(), Font::kTitle});
  row.keep = report::Keep::kWithNext;
  return row;
}

Row HeadingRow(std::string_view heading) {
  Row row;
  row.cells.push_back({RichText(heading), 0, PdfFlow::ContentWidth(), Font::kHeading});
  row.frame = report::RowFrame::kRuleBelow;
  row.keep = report::Keep::kWithNext;
  row.space_before = 14;
  row.outline = std::string(heading);
  return row;
}

Row KeyValueRow(std::string_view key, std::string_view value) {
  Row row;
  row.cells.push_back({RichText(key, report::kMuted), 0, kKeyWidth});
  RichText text = value.empty() ? RichText("Not given", report::kMuted) : RichText(value);
  row.cells.push_back({std::move(text), kValueX, PdfFlow::ContentWidth() - kValueX, Font::kBody,
                       report::Align::kNatural});
  row.flowing_cell = 1;
  row.space_before = 3;
  return row;
}

Row BannerRow(std::string_view text) {
  Row row;
  row.cells.push_back({RichText(text, report::kBold), 6, PdfFlow::ContentWidth() - 12});
  row.flowing_cell = 0;
  row.frame = report::RowFrame::kShaded;
  row.padding = 5;
  row.space_before = 8;
  return row;
}

Row TextRow(std::string_view text, unsigned style) {
  Row row;
  row.cells.push_back({RichText(text, style), 0, PdfFlow::ContentWidth()});
  row.flowing_cell = 0;
  row.space_before = 4;
  return row;
}

}  // namespace verbatim::referral
