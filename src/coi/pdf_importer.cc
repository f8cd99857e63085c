#include "coi/pdf_importer.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <ctime>
#include <memory>
#include <mutex>

#include "base/text.h"

namespace verbatim::coi {
namespace {

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return Trim(std::string(bytes.begin(), bytes.end()));
}

// poppler prints every syntax problem of a damaged PDF to stderr; the importer reports the
// file's one failure itself.
void Silence() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  });
}

}  // namespace

Result<ParsedDocument> ParsePdf(std::string_view bytes) {
  Silence();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return InvalidArgument("the PDF is larger than 2 GB");
  }
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) return InvalidArgument("not a readable PDF");
  if (pdf->is_locked()) return InvalidArgument("the PDF is encrypted; remove the password first");

  ParsedDocument doc;
  Metadata& m = doc.metadata;
  m.title = Utf8(pdf->info_key("Title"));
  m.publisher = Utf8(pdf->info_key("Author"));
  m.document_type = Utf8(pdf->info_key("Subject"));
  if (const std::time_t created = pdf->info_date_t("CreationDate"); created > 0) {
    std::tm tm{};
    gmtime_r(&created, &tm);
    char date[16];
    std::strftime(date, sizeof date, "%Y-%m-%d", &tm);
    m.published = date;
  }
  for (int i = 0; i < pdf->pages(); ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) continue;
    std::string text = Utf8(page->text(poppler::rectf(), poppler::page::raw_order_layout));
    if (text.empty()) continue;
    // A form feed or other control character would not survive as passage text.
    for (auto& c : text) {
      if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') c = '\n';
    }
    doc.body += text;
    doc.body += '\n';
  }
  if (Trim(doc.body).empty()) {
    return InvalidArgument("the PDF has no text layer (a scanned document?); run OCR on it first");
  }
  if (!IsValidUtf8(doc.body)) return InvalidArgument("the PDF's text is not valid UTF-8");
  return doc;
}

}  // namespace verbatim::coi
