// Renders realistic records and reads the PDFs back with poppler, as a reader of the notes would.
#include "report/interview_notes_pdf.h"

#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "report/sample_interview.h"

namespace verbatim::report {
namespace {

using interview::Entry;
using interview::EntryKind;
using interview::InterviewRecord;
using sample::RecordBuilder;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr char kArabicAnswer[] = "ذهبت إلى السوق في الصباح";
constexpr char kPersianAnswer[] =
    "اگر برنگردی، خانواده‌ات تاوان می‌دهند.";
constexpr char kQuestion1[] = "Where were you on the morning of 12 May?";
constexpr char kQuestion2[] = "Please describe what you saw when you came back.";
constexpr char kAnswer2[] =
    "When I came back I saw two pick-up trucks in our street. Armed men were standing at the "
    "door of our building and one of them was holding my brother Ali by the arm. My mother was "
    "crying on the stairs; our neighbour pulled me into her flat and told me to stay quiet.";
constexpr char kCorrected[] = "I saw three pick-up trucks, not two.";
constexpr char kObservation[] = "The applicant hesitates for a long time and looks at the floor.";
constexpr char kQuestion3[] = "What did the letter say? Please read it as it is written.";
constexpr char kRemark[] =
    "The applicant was tired after the break; please take this into account.";
// Appears in no field of any record here; the notes must not invent an interpreter's name.
constexpr char kMadeUpInterpreterName[] = "Yusuf Haddad";

// 08:02 UTC, which the notes show as 09:02 (planned start at +01:00).
TimePoint Morning() {
  return TimePoint(std::chrono::sys_days(std::chrono::year{2026} / 11 / 23) +
                   std::chrono::hours(8) + minutes(2));
}

InterviewRecord RealisticRecord(int* corrected_seq = nullptr) {
  RecordBuilder b(sample::SampleInfo(), Morning());
  b.Add(EntryKind::kStart, "officer");
  b.Presence("lawyer", "joined");
  for (int i = 1; i <= 10; ++i) {
    if (i == 4) {
      b.Checklist("CH-3.4", "not_applicable", "She lives in the reception centre.");
    } else {
      b.Checklist("CH-3." + std::to_string(i), "done");
    }
  }
  b.Question(kQuestion1).Answer(kArabicAnswer);
  b.Question(kQuestion2).Answer(kAnswer2);
  const auto to_correct = static_cast<std::int64_t>(b.size());
  if (corrected_seq != nullptr) *corrected_seq = static_cast<int>(to_correct);
  b.Wait(seconds(20)).Add(EntryKind::kObservation, "officer", kObservation);
  b.Presence("lawyer", "left", "An urgent call from the court.");
  b.Question(kQuestion3).Answer(kPersianAnswer);
  b.Presence("lawyer", "returned");
  b.Wait(seconds(30)).Add(EntryKind::kBreakStart, "officer");
  b.Wait(minutes(15)).Add(EntryKind::kBreakEnd, "officer");
  b.Wait(seconds(30))
      .Add(EntryKind::kInterpreterIssue, "interpreter",
           "The interpreter asks the applicant to repeat the district's name.");
  Entry& correction = b.Wait(seconds(40)).Add(EntryKind::kCorrection, "applicant", kCorrected);
  correction.ref = to_correct;
  b.Checklist("CH-6", "done");
  b.Checklist("CH-12.1", "done");
  b.Checklist("CH-12.2", "done");
  b.Wait(seconds(60)).Add(EntryKind::kRemark, "lawyer", kRemark);
  b.Checklist("CH-12.3", "done");
  b.Wait(seconds(60)).Add(EntryKind::kEnd, "officer").outcome = "completed";
  return std::move(b).Build();
}

// Whitespace runs become one space: line breaks are layout, not text.
std::string Normalise(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// What a reader finds in a PDF.
struct Pdf {
  int pages = 0;
  std::vector<std::string> text;  // per page, in drawing order, normalised
  std::vector<std::string> embedded_fonts;

  /// The pages' text joined, without what each page repeats (the footer, and the "A continued"
  /// label at the top of a page that carries on a declaration), so that a declaration split
  /// across pages reads as one.
  std::string All() const {
    static const std::regex kFooter(
        " ?Case \\S+ · Notes of the personal interview Page \\d+ of \\d+$");
    static const std::regex kContinued("^(Q |A )?continued ");
    std::string all;
    for (const std::string& page : text) {
      all += std::regex_replace(std::regex_replace(page, kFooter, ""), kContinued, "") + " ";
    }
    return all;
  }
};

Pdf Read(const std::string& bytes) {
  Pdf pdf;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (doc == nullptr || doc->is_locked()) return pdf;
  pdf.pages = doc->pages();
  for (int i = 0; i < pdf.pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    const poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
    pdf.text.push_back(Normalise(std::string(utf8.begin(), utf8.end())));
  }
  for (const poppler::font_info& font : doc->fonts()) {
    if (font.is_embedded()) pdf.embedded_fonts.push_back(font.name());
  }
  return pdf;
}

Pdf Render(const InterviewRecord& record) {
  Result<std::string> bytes = RenderInterviewNotesPdf(record);
  EXPECT_TRUE(bytes.ok()) << bytes.status().message();
  return bytes.ok() ? Read(*bytes) : Pdf{};
}

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(Normalise(needle)) != std::string::npos;
}

TEST(InterviewNotesPdf, IsAPdfThatPopplerOpens) {
  const Result<std::string> bytes = RenderInterviewNotesPdf(RealisticRecord());
  ASSERT_TRUE(bytes.ok()) << bytes.status().message();
  EXPECT_EQ(bytes->substr(0, 5), "%PDF-");
  EXPECT_NE(bytes->rfind("%%EOF"), std::string::npos);
  const Pdf pdf = Read(*bytes);
  EXPECT_GE(pdf.pages, 1);
  EXPECT_TRUE(Contains(pdf.All(), "Notes of the personal interview"));
}

TEST(InterviewNotesPdf, CH_7_1_DeclarationsAppearVerbatimAndQuestionsAreLabelled) {
  const std::string text = Render(RealisticRecord()).All();
  EXPECT_TRUE(Contains(text, std::string("Q ") + kQuestion1)) << text;
  EXPECT_TRUE(Contains(text, std::string("Q ") + kQuestion2));
  EXPECT_TRUE(Contains(text, std::string("A ") + kAnswer2));
  EXPECT_TRUE(Contains(text, std::string("Q ") + kQuestion3));
  EXPECT_TRUE(Contains(text, std::string("Observation ") + kObservation));
  EXPECT_TRUE(Contains(text, kRemark));
}

TEST(InterviewNotesPdf, AS_4_CompletenessIsPrintedAsAnAnnex) {
  InterviewRecord record = RealisticRecord();
  EXPECT_FALSE(Contains(Render(record).All(), "Annex: completeness of the interview"));
  record.completeness_annex = {{"Themes not covered (CH-2.3)", "evidence"},
                               {"Crucial question without an answer", "route: Route through Iran"}};
  const std::string text = Render(record).All();
  EXPECT_TRUE(Contains(text, "Annex: completeness of the interview")) << text;
  EXPECT_TRUE(Contains(text, "Themes not covered (CH-2.3) evidence"));
  EXPECT_TRUE(Contains(text, "route: Route through Iran"));
}

TEST(InterviewNotesPdf, EveryPageSaysPageXOfN) {
  const Pdf pdf = Render(sample::SampleInterview(120));
  ASSERT_GT(pdf.pages, 1);
  for (int page = 1; page <= pdf.pages; ++page) {
    const std::string footer = "Page " + std::to_string(page) + " of " + std::to_string(pdf.pages);
    EXPECT_TRUE(Contains(pdf.text[page - 1], footer)) << "page " << page;
    EXPECT_TRUE(Contains(pdf.text[page - 1], "Case 2026/004512")) << "page " << page;
  }
}

TEST(InterviewNotesPdf, CH_3_1_InterpreterIsNamedByCodeOnly) {
  const std::string text = Render(RealisticRecord()).All();
  EXPECT_TRUE(Contains(text, std::string("Interpreter (code) ") + sample::kInterpreterCode));
  EXPECT_FALSE(Contains(text, kMadeUpInterpreterName));
  EXPECT_FALSE(Contains(text, "Haddad"));
}

TEST(InterviewNotesPdf, LastPageCarriesTheFinalHashAndOnlyIt) {
  const InterviewRecord record = sample::SampleInterview(150);
  const std::string& hash = record.entries.back().hash;
  ASSERT_EQ(hash.size(), 64u);
  const Pdf pdf = Render(record);
  ASSERT_GT(pdf.pages, 1);
  EXPECT_TRUE(Contains(pdf.text.back(), "Final hash of the record (entry #" +
                                            std::to_string(record.entries.back().seq) +
                                            "): " + hash));
  for (int i = 0; i + 1 < pdf.pages; ++i) EXPECT_FALSE(Contains(pdf.text[i], hash));
}

TEST(InterviewNotesPdf, EmbedsAnArabicFontForArabicAndPersianAnswers) {
  // Arabic ligatures do not come back out of a PDF as the characters that went in, so the
  // check is on the font: Noto Sans Arabic is embedded, not some fallback.
  const Pdf pdf = Render(RealisticRecord());
  bool arabic = false;
  for (const std::string& name : pdf.embedded_fonts) {
    if (name.find("NotoSansArabic") != std::string::npos) arabic = true;
  }
  EXPECT_TRUE(arabic);
  for (const std::string& name : pdf.embedded_fonts) {
    EXPECT_EQ(name.find("DejaVu"), std::string::npos) << name;
  }
}

TEST(InterviewNotesPdf, EmbedsAnEthiopicFontForTigrinya) {
  RecordBuilder b(sample::SampleInfo(), Morning());
  b.Question("What did the soldier say?").Answer("ናብ ቤትካ ኣይትምለስ።");
  const Pdf pdf = Render(std::move(b).Build());
  bool ethiopic = false;
  for (const std::string& name : pdf.embedded_fonts) {
    if (name.find("NotoSansEthiopic") != std::string::npos) ethiopic = true;
  }
  EXPECT_TRUE(ethiopic);
}

TEST(InterviewNotesPdf, ConcurrentRendersGiveTheSameBytes) {
  // The HTTP server renders on several threads at once; pango's font map is per thread.
  const InterviewRecord record = RealisticRecord();
  const Result<std::string> alone = RenderInterviewNotesPdf(record);
  ASSERT_TRUE(alone.ok());
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::string& result : results) {
    threads.emplace_back([&record, &result] {
      Result<std::string> pdf = RenderInterviewNotesPdf(record);
      if (pdf.ok()) result = std::move(pdf).value();
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& result : results) EXPECT_EQ(result, *alone);
}

TEST(InterviewNotesPdf, TwoHundredEntriesRunOverSeveralPages) {
  const InterviewRecord record = sample::SampleInterview(200);
  ASSERT_GE(record.entries.size(), 195u);
  const Pdf pdf = Render(record);
  EXPECT_GE(pdf.pages, 5);
  // Every declaration made it onto some page.
  const std::string text = pdf.All();
  for (const Entry& e : record.entries) {
    if (e.kind == EntryKind::kQuestion) {
      EXPECT_TRUE(Contains(text, e.text)) << e.seq;
    }
  }
}

TEST(InterviewNotesPdf, LongAnswerSplitsAcrossPagesWithoutLosingOrRepeatingALine) {
  RecordBuilder b(sample::SampleInfo(), Morning());
  b.Add(EntryKind::kStart, "officer");
  b.Question("Tell me everything that happened, in your own words.");
  std::string answer;
  constexpr int kWords = 2000;
  for (int i = 1; i <= kWords; ++i) {
    char word[8];
    std::snprintf(word, sizeof word, "w%04d", i);
    answer += std::string(i == 1 ? "" : " ") + word;
  }
  b.Answer(answer);
  b.Question("Is there anything else?").Answer("No.");
  const Pdf pdf = Render(std::move(b).Build());
  ASSERT_GE(pdf.pages, 3);
  const std::string text = pdf.All();
  std::vector<int> found;
  const std::regex word("w(\\d{4})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator();
       ++it) {
    found.push_back(std::stoi((*it)[1].str()));
  }
  ASSERT_EQ(found.size(), static_cast<std::size_t>(kWords));
  for (int i = 0; i < kWords; ++i) ASSERT_EQ(found[i], i + 1) << "word " << i + 1;
  // A page that continues the answer says so.
  EXPECT_EQ(pdf.text[1].substr(0, 12), "A continued ");
}

TEST(InterviewNotesPdf, CH_7_1_LongWordIsBrokenWithoutAnAddedHyphen) {
  std::string word;
  for (int i = 0; i < 30; ++i) word += "abcdefghij";  // far wider than the column
  RecordBuilder b(sample::SampleInfo(), Morning());
  b.Question("Which reference is on the document?").Answer(word);
  std::string text = Render(std::move(b).Build()).All();
  std::erase_if(text, [](char c) { return c == ' '; });
  EXPECT_NE(text.find("A" + word + "Closing"), std::string::npos) << text;
}

TEST(InterviewNotesPdf, CH_7_1_CorrectionKeepsTheOriginalVisible) {
  int corrected = 0;
  const std::string text = Render(RealisticRecord(&corrected)).All();
  const std::string seq = "#" + std::to_string(corrected);
  EXPECT_TRUE(Contains(text, "Correction of entry " + seq + " (answer, 09:"));
  EXPECT_TRUE(Contains(text, std::string("As first recorded: ") + kAnswer2));
  EXPECT_TRUE(Contains(text, std::string("Corrected to: ") + kCorrected));
  EXPECT_TRUE(Contains(text, "Corrected in entry #"));
}

TEST(InterviewNotesPdf, CH_1_1_LawyerAbsenceAndReturnAreRecordedWithTimes) {
  const std::string text = Render(RealisticRecord()).All();
  EXPECT_TRUE(Contains(text, "Lawyer left. An urgent call from the court."));
  EXPECT_TRUE(Contains(text, "Lawyer returned."));
  EXPECT_TRUE(std::regex_search(
      text,
      std::regex("Lawyer Present \\(joined 09:\\d\\d, left 09:\\d\\d, returned 09:\\d\\d\\)")))
      << text;
}

TEST(InterviewNotesPdf, CH_11_1_BreakShowsItsStartEndAndLength) {
  const std::string text = Render(RealisticRecord()).All();
  EXPECT_TRUE(
      std::regex_search(text, std::regex("Break from 09:(\\d\\d) to 09:\\d\\d \\(15 min\\)")))
      << text;
}

TEST(InterviewNotesPdf, CH_3_OpeningChecklistShowsEveryItemAndWhatIsMissing) {
  InterviewRecord record = RealisticRecord();
  std::erase_if(record.entries, [](const Entry& e) { return e.item == "CH-3.7"; });
  const std::string text = Render(record).All();
  EXPECT_TRUE(Contains(text, "CH-3.1 Introductions and roles Done"));
  EXPECT_TRUE(Contains(text, "CH-3.4 Elected address unchanged Not applicable"));
  EXPECT_TRUE(Contains(text, "She lives in the reception centre."));
  EXPECT_TRUE(Contains(text, "CH-3.7 Confidentiality Not recorded"));
  EXPECT_TRUE(Contains(text, "CH-3.10 Copy of the notes and comments deadlines Done"));
  EXPECT_TRUE(
      Contains(text, "CH-12.2 Applicant asked about points not raised (fear on return) Done"));
}

TEST(InterviewNotesPdf, CH_12_4_ClosingGivesStartEndDurationAndOutcome) {
  const InterviewRecord record = RealisticRecord();
  const std::string text = Render(record).All();
  EXPECT_TRUE(Contains(text, "Start 09:02"));
  EXPECT_TRUE(std::regex_search(
      text, std::regex("End 09:\\d\\d Duration \\d+ min, of which breaks 15 min")))
      << text;
  EXPECT_TRUE(Contains(text, "Outcome Completed"));
  EXPECT_TRUE(Contains(text, "Date 23 November 2026"));
  EXPECT_TRUE(Contains(text, "Clock times in UTC+01:00"));
}

TEST(InterviewNotesPdf, WarningIsMarked) {
  RecordBuilder b(sample::SampleInfo(), Morning());
  b.Add(EntryKind::kStart, "officer");
  b.Wait(minutes(5))
      .Add(EntryKind::kWarning, "officer",
           "The lawyer interrupts the applicant's answer a third time.");
  b.Wait(minutes(5)).Add(EntryKind::kIncident, "officer", "The interview is stopped.").incident =
      "disruption";
  b.Wait(minutes(1)).Add(EntryKind::kEnd, "officer").outcome = "ended_disruption";
  const std::string text = Render(std::move(b).Build()).All();
  EXPECT_TRUE(Contains(text, "Warning Warning given (CH-5.2). The lawyer interrupts"));
  EXPECT_TRUE(Contains(text, "Incident Incident: aggression or disruption (CH-5.2)."));
  EXPECT_TRUE(Contains(text, "Outcome Ended: aggression or disruption (CH-5.2)"));
}

TEST(InterviewNotesPdf, SameRecordGivesSameBytes) {
  const InterviewRecord record = RealisticRecord();
  const Result<std::string> first = RenderInterviewNotesPdf(record);
  const Result<std::string> second = RenderInterviewNotesPdf(record);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(*first, *second);
}

TEST(InterviewNotesPdf, RefusesTextThatIsNotUtf8) {
  InterviewRecord record = RealisticRecord();
  record.entries[12].text = "caf\xe9";
  const Result<std::string> pdf = RenderInterviewNotesPdf(record);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().code(), ErrorCode::kInvalidArgument);
}

TEST(InterviewNotesPdf, RefusesEntriesOutOfOrder) {
  InterviewRecord record = RealisticRecord();
  std::swap(record.entries[3], record.entries[4]);
  EXPECT_EQ(RenderInterviewNotesPdf(record).status().code(), ErrorCode::kInvalidArgument);
}

TEST(InterviewNotesPdf, CH_7_1_RefusesACorrectionWhoseOriginalIsMissing) {
  InterviewRecord record = RealisticRecord();
  for (Entry& e : record.entries) {
    if (e.kind == EntryKind::kCorrection) e.ref = 9999;
  }
  EXPECT_EQ(RenderInterviewNotesPdf(record).status().code(), ErrorCode::kInvalidArgument);
}

TEST(InterviewNotesPdf, EmptyRecordStillRendersTheHeader) {
  InterviewRecord record;
  record.info = sample::SampleInfo();
  const Pdf pdf = Render(record);
  ASSERT_EQ(pdf.pages, 1);
  EXPECT_TRUE(Contains(pdf.text[0], "Date 23 November 2026 (planned; no start recorded)"));
  EXPECT_TRUE(Contains(pdf.text[0], "The record holds no entries."));
  EXPECT_TRUE(Contains(pdf.text[0], "Page 1 of 1"));
}

// Not a check: with VERBATIM_REPORT_SAMPLES=DIR the PDFs are written to DIR, for a person to look
// at (`pdftoppm -png -r 60 DIR/realistic.pdf DIR/realistic`).
TEST(InterviewNotesPdf, WritesSamplesWhenAsked) {
  const char* dir = std::getenv("VERBATIM_REPORT_SAMPLES");
  if (dir == nullptr) GTEST_SKIP() << "VERBATIM_REPORT_SAMPLES is not set";
  for (const auto& [name, record] : {std::pair{"realistic", RealisticRecord()},
                                     std::pair{"sample-200", sample::SampleInterview(200)},
                                     std::pair{"sample-600", sample::SampleInterview(600)}}) {
    const Result<std::string> pdf = RenderInterviewNotesPdf(record);
    ASSERT_TRUE(pdf.ok());
    std::ofstream(std::string(dir) + "/" + name + ".pdf", std::ios::binary) << *pdf;
  }
}

}  // namespace
}  // namespace verbatim::report
