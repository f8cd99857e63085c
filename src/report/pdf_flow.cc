#include "report/pdf_flow.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <array>
#include <new>
#include <utility>

namespace verbatim::report {
namespace {

constexpr double kMm = 72.0 / 25.4;
constexpr double kPageWidth = 210 * kMm;  // A4 portrait
constexpr double kPageHeight = 297 * kMm;
// A wider left margin leaves room for the punch holes of a paper file.
constexpr double kMarginLeft = 25 * kMm;
constexpr double kMarginRight = 20 * kMm;
constexpr double kMarginTop = 20 * kMm;
constexpr double kContentBottom = kPageHeight - 28 * kMm;
constexpr double kFooterNoteTop = kPageHeight - 26 * kMm;
constexpr double kFooterRuleY = kPageHeight - 19 * kMm;
constexpr double kFooterTop = kPageHeight - 17.5 * kMm;

// Noto Sans first; the script fonts are named so that fontconfig never picks another family's
// Arabic or Ethiopic glyphs (DejaVu Sans would win for Arabic otherwise).
constexpr const char* kFamilies = "Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic";
// Indexed by Font.
constexpr std::array<const char*, 4> kFontSizes = {"10", "Bold 15", "Bold 11.5", "8.5"};

constexpr double kGrey = 0.36;       // muted text
constexpr double kRuleGrey = 0.55;   // rules
constexpr double kShadeGrey = 0.93;  // the band behind warnings and incidents

struct GObjectUnref {
  void operator()(void* p) const { g_object_unref(p); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

// One line of a laid-out cell, in points from the top left of the layout.
struct Line {
  double top = 0;
  double bottom = 0;
  double baseline = 0;
  double x = 0;  // left edge; RTL paragraphs are right-aligned, so this differs per line
};

struct LaidCell {
  LayoutPtr layout;
  double x = 0;
  std::vector<Line> lines;
  // Moves the cell down in the row's first piece so that its first baseline meets the row's: a
  // small label sits on the same line as the 10 pt text beside it, and an Arabic answer's taller
  // first line does not leave its "A" floating above.
  double offset = 0;
  double height() const { return lines.empty() ? 0 : offset + lines.back().bottom; }
};

struct LaidRow {
  std::vector<LaidCell> cells;
  std::optional<std::size_t> flowing;
  std::optional<LaidCell> continuation;
  RowFrame frame = RowFrame::kNone;
  Keep keep = Keep::kFree;
  double space_before = 0;
  double padding = 0;
  std::string outline;
};

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  } catch (const std::bad_alloc&) {
    return CAIRO_STATUS_NO_MEMORY;  // never let an exception unwind through cairo's C frames
  }
  return CAIRO_STATUS_SUCCESS;
}

PangoAttrList* Attributes(const RichText& text) {
  PangoAttrList* list = pango_attr_list_new();
  // Verbatim text must read exactly as given: no hyphen is ever added where a word is broken.
  pango_attr_list_insert(list, pango_attr_insert_hyphens_new(FALSE));
  const auto add = [&](PangoAttribute* attr, const TextRun& run) {
    attr->start_index = static_cast<guint>(run.begin);
    attr->end_index = static_cast<guint>(run.end);
    pango_attr_list_insert(list, attr);
  };
  for (const TextRun& run : text.runs()) {
    if (run.style & kBold) add(pango_attr_weight_new(PANGO_WEIGHT_BOLD), run);
    if (run.style & kItalic) add(pango_attr_style_new(PANGO_STYLE_ITALIC), run);
    if (run.style & kStrike) add(pango_attr_strikethrough_new(TRUE), run);
    if (run.style & kSmall) add(pango_attr_scale_new(0.85), run);
    if (run.style & kMuted) {
      const auto grey = static_cast<guint16>(kGrey * 65535);
      add(pango_attr_foreground_new(grey, grey, grey), run);
    }
  }
  return list;
}

std::vector<Line> LinesOf(PangoLayout* layout) {
  std::vector<Line> lines;
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    int top = 0;
    int bottom = 0;
    pango_layout_iter_get_line_yrange(iter, &top, &bottom);
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    const int baseline = pango_layout_iter_get_baseline(iter);
    lines.push_back({static_cast<double>(top) / PANGO_SCALE,
                     static_cast<double>(bottom) / PANGO_SCALE,
                     static_cast<double>(baseline) / PANGO_SCALE,
                     static_cast<double>(logical.x) / PANGO_SCALE});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return lines;
}

RowMetrics MetricsOf(const LaidRow& row) {
  RowMetrics m;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    if (row.flowing && i == *row.flowing) {
      for (const Line& line : row.cells[i].lines) {
        m.line_bottoms.push_back(row.cells[i].offset + line.bottom);
      }
    } else {
      m.fixed_height = std::max(m.fixed_height, row.cells[i].height());
    }
  }
  if (row.continuation) m.continuation_height = row.continuation->height();
  m.space_before = row.space_before;
  m.padding = row.padding;
  m.keep = row.keep;
  return m;
}

}  // namespace

struct PdfFlow::Impl {
  ~Impl() {
    for (PangoFontDescription* font : fonts) {
      if (font != nullptr) pango_font_description_free(font);
    }
    rows.clear();  // layouts hold references to the context
    if (context != nullptr) g_object_unref(context);
    if (cr != nullptr) cairo_destroy(cr);
    if (surface != nullptr) cairo_surface_destroy(surface);
  }

  Result<LaidCell> LayOut(const Cell& cell) const;
  void DrawLines(const LaidCell& cell, std::size_t first, std::size_t end, double y) const;
  void DrawFrame(const LaidRow& row, const Fragment& piece) const;
  void DrawPiece(const Fragment& piece) const;
  void DrawFooter(const PageFooter& footer) const;

  std::string bytes;  // cairo writes here; declared first so that it outlives the surface
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  PangoContext* context = nullptr;
  std::array<PangoFontDescription*, 4> fonts{};
  std::vector<LaidRow> rows;
  bool finished = false;
};

Result<LaidCell> PdfFlow::Impl::LayOut(const Cell& cell) const {
  const std::string& text = cell.text.text();
  if (!g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) {
    return InvalidArgument("the notes hold text that is not valid UTF-8");
  }
  LaidCell out;
  out.x = cell.x;
  out.layout.reset(pango_layout_new(context));
  PangoLayout* layout = out.layout.get();
  pango_layout_set_font_description(layout, fonts[static_cast<std::size_t>(cell.font)]);
  pango_layout_set_width(layout, static_cast<int>(cell.width * PANGO_SCALE));
  // Words break only where they must (a long hash, a URL); otherwise at spaces.
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  // Each paragraph takes its direction from its first strong character, and an RTL paragraph is
  // aligned to the right of its column. Without auto-dir the paragraph is left to right; its
  // Arabic runs are still shaped and ordered right to left, only the alignment stays left.
  pango_layout_set_auto_dir(layout, cell.align == Align::kNatural);
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  PangoAttrList* attrs = Attributes(cell.text);
  pango_layout_set_attributes(layout, attrs);
  pango_attr_list_unref(attrs);
  if (!text.empty()) out.lines = LinesOf(layout);
  return out;
}

void PdfFlow::Impl::DrawLines(const LaidCell& cell, std::size_t first, std::size_t end,
                              double y) const {
  if (first >= end) return;
  const double shift = y - cell.lines[first].top + (first == 0 ? cell.offset : 0);
  cairo_set_source_rgb(cr, 0, 0, 0);
  for (std::size_t i = first; i < end; ++i) {
    PangoLayoutLine* line = pango_layout_get_line_readonly(cell.layout.get(), static_cast<int>(i));
    if (line == nullptr) break;
    cairo_move_to(cr, kMarginLeft + cell.x + cell.lines[i].x, shift + cell.lines[i].baseline);
    pango_cairo_show_layout_line(cr, line);
  }
}

void PdfFlow::Impl::DrawFrame(const LaidRow& row, const Fragment& piece) const {
  const double width = ContentWidth();
  switch (row.frame) {
    case RowFrame::kNone:
      return;
    case RowFrame::kLeftRule: {
      if (!row.flowing) return;
      const LaidCell& cell = row.cells[*row.flowing];
      const double top = piece.y + row.padding + 1.5 + (piece.first_line == 0 ? cell.offset : 0);
      const double bottom =
          top + (cell.lines[piece.end_line - 1].bottom - cell.lines[piece.first_line].top) - 3;
      cairo_set_source_rgb(cr, kRuleGrey, kRuleGrey, kRuleGrey);
      cairo_set_line_width(cr, 0.6);
      cairo_move_to(cr, kMarginLeft + cell.x - 6, top);
      cairo_line_to(cr, kMarginLeft + cell.x - 6, bottom);
      cairo_stroke(cr);
      return;
    }
    case RowFrame::kShaded:
      cairo_set_source_rgb(cr, kShadeGrey, kShadeGrey, kShadeGrey);
      cairo_rectangle(cr, kMarginLeft - 4, piece.y, width + 8, piece.height);
      cairo_fill(cr);
      cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
      cairo_rectangle(cr, kMarginLeft - 4, piece.y, 2.2, piece.height);
      cairo_fill(cr);
      return;
    case RowFrame::kRuleBelow:
      cairo_set_source_rgb(cr, kRuleGrey, kRuleGrey, kRuleGrey);
      cairo_set_line_width(cr, 0.5);
      cairo_move_to(cr, kMarginLeft, piece.y + piece.height + 1);
      cairo_line_to(cr, kMarginLeft + width, piece.y + piece.height + 1);
      cairo_stroke(cr);
      return;
  }
}

void PdfFlow::Impl::DrawPiece(const Fragment& piece) const {
  const LaidRow& row = rows[piece.row];
  DrawFrame(row, piece);
  const double y = piece.y + row.padding;
  if (!piece.continued && !row.outline.empty()) {
    const std::string target = "page=" + std::to_string(piece.page + 1) + " pos=[" +
                               std::to_string(kMarginLeft) + " " + std::to_string(piece.y) + "]";
    cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, row.outline.c_str(),
                                  target.c_str(), static_cast<cairo_pdf_outline_flags_t>(0));
  }
  if (piece.continued) {
    if (row.continuation && !row.continuation->lines.empty()) {
      // Aligned with the first line it stands beside, whose height depends on its script.
      const Line& line = row.cells[*row.flowing].lines[piece.first_line];
      const double offset =
          std::max(0.0, (line.baseline - line.top) - row.continuation->lines.front().baseline);
      DrawLines(*row.continuation, 0, row.continuation->lines.size(),
                y + offset - row.continuation->offset);
    }
  } else {
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      if (row.flowing && i == *row.flowing) continue;
      DrawLines(row.cells[i], 0, row.cells[i].lines.size(), y);
    }
  }
  // The flowing cell last, so that its lines follow each other in the content stream and text
  // extraction gives a declaration in one piece.
  if (row.flowing) DrawLines(row.cells[*row.flowing], piece.first_line, piece.end_line, y);
}

void PdfFlow::Impl::DrawFooter(const PageFooter& footer) const {
  const double width = ContentWidth();
  const auto draw = [&](const std::string& text, double y, PangoAlignment align, bool muted) {
    if (text.empty()) return;
    LayoutPtr layout(pango_layout_new(context));
    pango_layout_set_font_description(layout.get(), fonts[static_cast<std::size_t>(Font::kSmall)]);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), align);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    const double grey = muted ? kGrey : 0;
    cairo_set_source_rgb(cr, grey, grey, grey);
    cairo_move_to(cr, kMarginLeft, y);
    pango_cairo_show_layout(cr, layout.get());
  };
  draw(footer.note, kFooterNoteTop, PANGO_ALIGN_LEFT, false);
  cairo_set_source_rgb(cr, kRuleGrey, kRuleGrey, kRuleGrey);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, kMarginLeft, kFooterRuleY);
  cairo_line_to(cr, kMarginLeft + width, kFooterRuleY);
  cairo_stroke(cr);
  draw(footer.left, kFooterTop, PANGO_ALIGN_LEFT, true);
  draw(footer.right, kFooterTop, PANGO_ALIGN_RIGHT, true);
}

PdfFlow::PdfFlow(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PdfFlow::~PdfFlow() = default;

double PdfFlow::ContentWidth() { return kPageWidth - kMarginLeft - kMarginRight; }

Result<std::unique_ptr<PdfFlow>> PdfFlow::Create(const PdfInfo& info) {
  auto impl = std::make_unique<Impl>();
  impl->surface =
      cairo_pdf_surface_create_for_stream(AppendToString, &impl->bytes, kPageWidth, kPageHeight);
  if (cairo_surface_status(impl->surface) != CAIRO_STATUS_SUCCESS) {
    return Internal(std::string("cannot create a PDF surface: ") +
                    cairo_status_to_string(cairo_surface_status(impl->surface)));
  }
  cairo_pdf_surface_set_metadata(impl->surface, CAIRO_PDF_METADATA_TITLE, info.title.c_str());
  cairo_pdf_surface_set_metadata(impl->surface, CAIRO_PDF_METADATA_CREATOR, info.creator.c_str());
  cairo_pdf_surface_set_metadata(impl->surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                 info.create_date.c_str());
  impl->cr = cairo_create(impl->surface);
  if (cairo_status(impl->cr) != CAIRO_STATUS_SUCCESS) {
    return Internal(std::string("cannot draw on the PDF surface: ") +
                    cairo_status_to_string(cairo_status(impl->cr)));
  }
  // The thread's default font map: pango keeps one per thread, so concurrent renders in the
  // HTTP server's threads never share one.
  impl->context = pango_cairo_create_context(impl->cr);
  if (impl->context == nullptr) return Internal("cannot create a pango context");
  // Unrounded glyph positions: the PDF is vector output, rounding to whole points would only
  // make the spacing uneven.
  pango_context_set_round_glyph_positions(impl->context, FALSE);
  // A PDF user unit is one point; pango would otherwise assume 96 dpi and set "10" at 13.3 pt.
  pango_cairo_context_set_resolution(impl->context, 72);
  for (std::size_t i = 0; i < kFontSizes.size(); ++i) {
    const std::string description = std::string(kFamilies) + " " + kFontSizes[i];
    impl->fonts[i] = pango_font_description_from_string(description.c_str());
  }
  return std::unique_ptr<PdfFlow>(new PdfFlow(std::move(impl)));
}

Status PdfFlow::Add(const Row& row) {
  if (impl_->finished) return FailedPrecondition("the PDF is already finished");
  LaidRow laid;
  for (const Cell& cell : row.cells) {
    VB_ASSIGN_OR_RETURN(LaidCell c, impl_->LayOut(cell));
    laid.cells.push_back(std::move(c));
  }
  if (row.continuation) {
    VB_ASSIGN_OR_RETURN(LaidCell c, impl_->LayOut(*row.continuation));
    laid.continuation = std::move(c);
  }
  if (row.flowing_cell && *row.flowing_cell < laid.cells.size() &&
      !laid.cells[*row.flowing_cell].lines.empty()) {
    laid.flowing = row.flowing_cell;
  }
  double baseline = 0;
  for (const LaidCell& cell : laid.cells) {
    if (!cell.lines.empty()) baseline = std::max(baseline, cell.lines.front().baseline);
  }
  for (LaidCell& cell : laid.cells) {
    if (!cell.lines.empty()) cell.offset = baseline - cell.lines.front().baseline;
  }
  if (laid.continuation && laid.flowing && !laid.continuation->lines.empty()) {
    // Only for the estimate of its height; Finish aligns it with the line it stands beside.
    const Line& first = laid.cells[*laid.flowing].lines.front();
    laid.continuation->offset =
        std::max(0.0, (first.baseline - first.top) - laid.continuation->lines.front().baseline);
  }
  laid.frame = row.frame;
  laid.keep = row.keep;
  laid.space_before = row.space_before;
  laid.padding = row.padding;
  laid.outline = row.outline;
  impl_->rows.push_back(std::move(laid));
  return Status::Ok();
}

Result<std::string> PdfFlow::Finish(const FooterFn& footer) {
  if (impl_->finished) return FailedPrecondition("the PDF is already finished");
  impl_->finished = true;
  Impl& d = *impl_;

  std::vector<RowMetrics> metrics;
  metrics.reserve(d.rows.size());
  for (const LaidRow& row : d.rows) metrics.push_back(MetricsOf(row));
  const std::vector<Fragment> pieces = Paginate(metrics, {kMarginTop, kContentBottom});
  const int page_count = pieces.empty() ? 1 : pieces.back().page + 1;

  std::size_t next = 0;
  for (int page = 0; page < page_count; ++page) {
    for (; next < pieces.size() && pieces[next].page == page; ++next) d.DrawPiece(pieces[next]);
    d.DrawFooter(footer(page + 1, page_count));
    cairo_show_page(d.cr);
    if (cairo_status(d.cr) != CAIRO_STATUS_SUCCESS) {
      return Internal(std::string("drawing the PDF failed: ") +
                      cairo_status_to_string(cairo_status(d.cr)));
    }
  }
  cairo_surface_finish(d.surface);
  if (cairo_surface_status(d.surface) != CAIRO_STATUS_SUCCESS) {
    return Internal(std::string("writing the PDF failed: ") +
                    cairo_status_to_string(cairo_surface_status(d.surface)));
  }
  return std::move(d.bytes);
}

}  // namespace verbatim::report
