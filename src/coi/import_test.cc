// Import of HTML (gumbo), PDF (poppler-cpp; the PDF is drawn here with cairo) and of folders,
// on both stores (issue 6, "The library"; AS-1: the library officers search).
#include <cairo-pdf.h>
#include <cairo.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "coi/folder_import.h"
#include "coi/html_importer.h"
#include "coi/importer.h"
#include "coi/pdf_importer.h"
#include "coi/search.h"
#include "store/coi_table.h"
#include "store/test_store.h"

namespace verbatim::coi {
namespace {

namespace fs = std::filesystem;

// An example page written for the tests, not a real report.
constexpr const char* kPage = R"(<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Example report on Herat (test page)</title>
<meta name="author" content="Example Documentation Centre">
<meta name="DC.date" content="2023-04-05T09:00:00Z">
<meta name="DC.type" content="Query response">
<style>p { color: red; }</style>
<script>var tracking = "do not index me";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/search">Search navigation link</a></nav>
<h1>Situation in Herat</h1>
<p>Returnees from Iran reported <b>checkpoints</b> on the road to
   Islam Qala.</p>
<h2>Security</h2>
<p>Local sources described night raids in several districts.</p>
<ul><li>First item about shelters.</li><li>Second item about food.</li></ul>
<script>document.write("nor this")</script>
</body></html>)";

std::string WritePdf(const fs::path& path) {
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), 595, 842);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "Example brief on Kunduz");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, "Example Analysis Office");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, "Country brief");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2022-08-15T10:00:00Z");
  cairo_t* cr = cairo_create(surface);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 11);
  const char* lines[] = {"Section 1. Security Situation",
                         "Armed clashes between the Taliban and local militias were",
                         "reported near the airport of Kunduz in the summer."};
  double y = 72;
  for (const char* line : lines) {
    cairo_move_to(cr, 72, y);
    cairo_show_text(cr, line);
    y += 16;
  }
  cairo_show_page(cr);
  cairo_move_to(cr, 72, 72);
  cairo_show_text(cr, "The second page mentions floods in Baghlan.");
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

class ImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("coi-import-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "nested" / ".hidden");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }
  std::int64_t Total(const std::string& q) {
    SearchRequest r;
    r.query = q;
    auto found = Search(db_.store(), r);
    EXPECT_TRUE(found.ok()) << found.status().message();
    return found.ok() ? found->total : -1;
  }

  fs::path dir_;
  store::TestStore db_;
};

TEST(HtmlImporter, KeepsTheBodyTextWithHeadingsAndDropsScriptsAndNavigation) {
  auto doc = ParseHtml(kPage);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->metadata.title, "Example report on Herat (test page)");
  EXPECT_EQ(doc->metadata.publisher, "Example Documentation Centre");
  EXPECT_EQ(doc->metadata.published, "2023-04-05");
  EXPECT_EQ(doc->metadata.language, "en");
  EXPECT_EQ(doc->metadata.document_type, "Query response");
  EXPECT_NE(doc->body.find("# Situation in Herat\n\n"), std::string::npos) << doc->body;
  EXPECT_NE(doc->body.find("## Security\n\n"), std::string::npos) << doc->body;
  EXPECT_NE(doc->body.find("reported checkpoints on the road to Islam Qala."), std::string::npos)
      << doc->body;
  for (const char* dropped : {"tracking", "nor this", "navigation", "color"}) {
    EXPECT_EQ(doc->body.find(dropped), std::string::npos) << dropped;
  }
  EXPECT_FALSE(ParseHtml("<html><body><script>x</script></body></html>").ok());
  EXPECT_FALSE(ParseHtml("<p>bad \xff</p>").ok());
}

TEST(PdfImporter, ReadsPagesAndTheInfoDictionary) {
  const fs::path path = fs::path(::testing::TempDir()) / ("coi-" + std::to_string(getpid()) + ".pdf");
  const std::string bytes = WritePdf(path);
  fs::remove(path);
  auto doc = ParsePdf(bytes);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->metadata.title, "Example brief on Kunduz");
  EXPECT_EQ(doc->metadata.publisher, "Example Analysis Office");
  EXPECT_EQ(doc->metadata.document_type, "Country brief");
  EXPECT_EQ(doc->metadata.published, "2022-08-15");
  EXPECT_NE(doc->body.find("Armed clashes between the Taliban"), std::string::npos) << doc->body;
  EXPECT_NE(doc->body.find("floods in Baghlan"), std::string::npos) << doc->body;
  auto broken = ParsePdf("%PDF-1.4\nthis is not really a PDF");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.status().message(), "not a readable PDF");
}

TEST_F(ImportTest, ImportsAFolderReportsEachFailureAndIsIdempotent) {
  Write(dir_ / "herat.html", kPage);
  WritePdf(dir_ / "nested" / "kunduz.pdf");
  Write(dir_ / "nested" / "note.md", "# Note\n\nDrought in Badghis displaced families.\n");
  Write(dir_ / "broken.pdf", "not a pdf at all");
  Write(dir_ / "latin1.txt", "caf\xe9 in Mazar");
  Write(dir_ / "README.md", "About this folder.\n");               // a corpus note: left out
  Write(dir_ / "nested" / ".hidden" / "x.txt", "hidden file\n");   // hidden: left out
  Write(dir_ / "picture.png", "\x89PNG");                          // not a document: left out

  ImportOptions options;
  options.country = "af";
  options.language = "EN";
  std::vector<std::string> seen;
  auto summary = ImportPaths(db_.store(), {dir_.string(), (dir_ / "missing.txt").string()},
                             options, [&](std::size_t done, std::size_t total, const fs::path& next) {
                               EXPECT_EQ(total, 5u);
                               if (done < total) seen.push_back(next.filename().string());
                             });
  EXPECT_EQ(seen, (std::vector<std::string>{"broken.pdf", "herat.html", "latin1.txt",
                                            "kunduz.pdf", "note.md"}));
  EXPECT_EQ(summary.files, 6u);
  EXPECT_EQ(summary.imported, 3u);
  EXPECT_GE(summary.passages, 4u);
  ASSERT_EQ(summary.failures.size(), 3u);
  EXPECT_EQ(summary.failures[0].reason, "no such file or folder");
  EXPECT_EQ(summary.failures[1].file, (dir_ / "broken.pdf").string());
  EXPECT_EQ(summary.failures[1].reason, "not a readable PDF");
  EXPECT_EQ(summary.failures[2].reason, "the file is not UTF-8 text");

  EXPECT_EQ(Total("checkpoints"), 1);
  EXPECT_EQ(Total("militias Kunduz"), 1);
  EXPECT_EQ(Total("tracking"), 0);
  SearchRequest herat;
  herat.query = "\"night raids\"";
  auto found = Search(db_.store(), herat);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->total, 1);
  EXPECT_EQ(found->results[0].heading, "Security");  // h1 is the title, as in Markdown
  EXPECT_EQ(found->results[0].country, "AF");  // from --country: the page has none
  EXPECT_EQ(found->results[0].date, "2023-04-05");
  {
    auto txn = db_.store().Begin(store::Access::kRead);
    ASSERT_TRUE(txn.ok());
    auto doc = store::FindCoiDocument(**txn, found->results[0].document_id);
    ASSERT_TRUE(doc.ok() && doc->has_value());
    EXPECT_EQ((*doc)->language, "en");
    EXPECT_EQ((*doc)->document_type, "Query response");
  }

  auto again = ImportPaths(db_.store(), {dir_.string()}, options);
  EXPECT_EQ(again.imported, 0u);
  EXPECT_EQ(again.already_present, 3u);
  EXPECT_EQ(again.failures.size(), 2u);
  EXPECT_EQ(Total("checkpoints"), 1);
}

TEST_F(ImportTest, RejectsBadFlagsWithASentence) {
  Write(dir_ / "a.txt", "Some text about Kabul.\n");
  ImportOptions bad_country;
  bad_country.country = "Afghanistan";
  auto r = ImportFile(db_.store(), dir_ / "a.txt", bad_country);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("a.txt: --country 'Afghanistan'"), std::string::npos)
      << r.status().message();
  ImportOptions bad_date;
  bad_date.date = "last spring";
  EXPECT_FALSE(ImportFile(db_.store(), dir_ / "a.txt", bad_date).ok());
  EXPECT_EQ(Total("Kabul"), 0);  // nothing half written
}

}  // namespace
}  // namespace verbatim::coi
