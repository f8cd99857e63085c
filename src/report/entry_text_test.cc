#include "report/entry_text.h"

#include <gtest/gtest.h>

#include "report/sample_interview.h"

namespace verbatim::report {
namespace {

using interview::Entry;
using interview::EntryKind;
using interview::InterviewRecord;
using std::chrono::minutes;

TimePoint Morning() {
  return TimePoint(std::chrono::sys_days(std::chrono::year{2026} / 11 / 23) +
                   std::chrono::hours(8));
}

const NotesTime kTime = NotesTime::FromPlannedStart("2026-11-23T09:00:00+01:00");

// The text of the runs of `text` set in `style`.
std::string InStyle(const RichText& text, unsigned style) {
  std::string out;
  for (const TextRun& run : text.runs()) {
    if ((run.style & style) == style) out += text.text().substr(run.begin, run.end - run.begin);
  }
  return out;
}

TEST(EntryDescriber, CH_7_1_QuestionAndAnswerAreLabelledAndKeptVerbatim) {
  sample::RecordBuilder b(sample::SampleInfo(), Morning());
  b.Question("Why did you leave?").Answer("  Because of the letter.\nAnd the checkpoint.  ");
  b.Add(EntryKind::kQuestion, "lawyer", "Did anyone help you?");
  const InterviewRecord record = std::move(b).Build();
  const EntryDescriber describer(record, kTime);
  const EntryText q = describer.Describe(record.entries[0]);
  const EntryText a = describer.Describe(record.entries[1]);
  EXPECT_EQ(q.label.text(), "Q");
  EXPECT_EQ(q.body.text(), "Why did you leave?");
  EXPECT_EQ(a.label.text(), "A");
  EXPECT_EQ(a.body.text(), "  Because of the letter.\nAnd the checkpoint.  ");
  // A question put by someone other than the officer names who asked it.
  EXPECT_EQ(describer.Describe(record.entries[2]).label.text(), "Q\nLawyer");
}

TEST(EntryDescriber, CH_7_3_ObservationIsItalic) {
  sample::RecordBuilder b(sample::SampleInfo(), Morning());
  b.Add(EntryKind::kObservation, "officer", "The applicant cries.");
  const InterviewRecord record = std::move(b).Build();
  const EntryText text = EntryDescriber(record, kTime).Describe(record.entries[0]);
  EXPECT_EQ(text.label.text(), "Observation");
  EXPECT_EQ(InStyle(text.body, kItalic), "The applicant cries.");
}

TEST(EntryDescriber, CH_7_1_CorrectionShowsTheOriginalStruckThroughAndTheOriginalPointsToIt) {
  sample::RecordBuilder b(sample::SampleInfo(), Morning());
  b.Answer("ذهبت إلى السوق في الصباح");
  b.Wait(minutes(3)).Add(EntryKind::kCorrection, "applicant", "ذهبت إلى السوق في المساء").ref = 1;
  const InterviewRecord record = std::move(b).Build();
  const EntryDescriber describer(record, kTime);
  const EntryText correction = describer.Describe(record.entries[1]);
  EXPECT_EQ(InStyle(correction.body, kStrike), "ذهبت إلى السوق في الصباح");
  EXPECT_NE(correction.body.text().find("Correction of entry #1 (answer, 09:"), std::string::npos);
  EXPECT_NE(correction.body.text().find("Corrected to:\nذهبت إلى السوق في المساء"),
            std::string::npos);
  const EntryText original = describer.Describe(record.entries[0]);
  EXPECT_NE(original.body.text().find("ذهبت إلى السوق في الصباح\nCorrected in entry #2 (09:"),
            std::string::npos);
}

TEST(EntryDescriber, CH_11_1_BreakEndGivesStartEndAndLength) {
  sample::RecordBuilder b(sample::SampleInfo(), Morning() + minutes(30));
  b.Add(EntryKind::kBreakStart, "officer");
  b.Wait(minutes(17)).Add(EntryKind::kBreakEnd, "officer");
  b.Wait(minutes(60)).Add(EntryKind::kBreakStart, "officer");
  const InterviewRecord record = std::move(b).Build();
  const EntryDescriber describer(record, kTime);
  EXPECT_EQ(describer.Describe(record.entries[0]).body.text(), "Break started.");
  EXPECT_EQ(describer.Describe(record.entries[1]).body.text(),
            "Break from 09:30 to 09:47 (17 min).");
  EXPECT_EQ(describer.Describe(record.entries[2]).body.text(),
            "Break started; no end is recorded.");
}

TEST(EntryDescriber, CH_4_ChildPresenceGivesAgeAndAuthorisation) {
  sample::RecordBuilder b(sample::SampleInfo(), Morning());
  Entry& baby = b.Add(EntryKind::kPresence, "officer");
  baby.participant = "child";
  baby.state = "joined";
  baby.age_months = 8;
  Entry& older = b.Add(EntryKind::kPresence, "officer");
  older.participant = "child";
  older.state = "joined";
  older.age_months = 30;
  older.authorization = "No childcare could be found; the child sleeps in the pram.";
  Entry& unauthorised = b.Add(EntryKind::kPresence, "officer");
  unauthorised.participant = "child";
  unauthorised.state = "joined";
  unauthorised.age_months = 48;
  const InterviewRecord record = std::move(b).Build();
  const EntryDescriber describer(record, kTime);
  EXPECT_EQ(describer.Describe(record.entries[0]).body.text(),
            "A child is present (8 months old).");
  EXPECT_EQ(describer.Describe(record.entries[1]).body.text(),
            "A child is present (2 years 6 months old).\nExceptional authorisation (CH-4):\n"
            "No childcare could be found; the child sleeps in the pram.");
  EXPECT_EQ(describer.Describe(record.entries[2]).body.text(),
            "A child is present (4 years old). No authorisation is recorded (CH-4).");
}

TEST(EntryDescriber, CH_11_2_ExtensionRecordsConsentAndReason) {
  sample::RecordBuilder b(sample::SampleInfo(), Morning());
  Entry& e = b.Add(EntryKind::kExtension, "officer");
  e.consent = true;
  e.reason = "The account of the detention is not finished.";
  const InterviewRecord record = std::move(b).Build();
  EXPECT_EQ(EntryDescriber(record, kTime).Describe(record.entries[0]).body.text(),
            "The interview is extended beyond its maximum duration (CH-11.2). The interpreter "
            "consents.\nReason:\nThe account of the detention is not finished.");
}

TEST(EntryDescriber, CH_3_ChecklistEntryNamesTheItem) {
  sample::RecordBuilder b(sample::SampleInfo(), Morning());
  b.Checklist("CH-3.4", "not_applicable", "She lives in the reception centre.");
  const InterviewRecord record = std::move(b).Build();
  EXPECT_EQ(
      EntryDescriber(record, kTime).Describe(record.entries[0]).body.text(),
      "CH-3.4 Elected address unchanged: not applicable.\nShe lives in the reception centre.");
}

TEST(EntryDescriber, AS_5_ACitedSourceNamesItsDocumentPassageAndNote) {
  InterviewRecord record;
  Entry answer;
  answer.seq = 13;
  answer.at = Morning();
  answer.kind = EntryKind::kAnswer;
  answer.text = "In 2024 the Taliban detained my brother in Kabul.";
  Entry cited;
  cited.seq = 14;
  cited.at = Morning() + minutes(2);
  cited.kind = EntryKind::kCoiReference;
  cited.passage_id = "coi-0123456789abcdef01234567-p00012";
  cited.document_title = "Afghanistan 2024 Human Rights Report";
  cited.document_source = "U.S. Department of State";
  cited.document_date = "2025-01-01";
  cited.ref = 13;
  cited.text = "Read with the account of the detention.";
  record.entries = {answer, cited};
  const EntryDescriber describer(record, kTime);
  const EntryText text = describer.Describe(record.entries[1]);
  EXPECT_EQ(text.label.text(), "Source");
  const std::string body = text.body.text();
  EXPECT_NE(body.find("Cited source: Afghanistan 2024 Human Rights Report (U.S. Department of State, "
                      "2025-01-01). Passage coi-0123456789abcdef01234567-p00012."),
            std::string::npos)
      << body;
  EXPECT_NE(body.find("Set beside entry #13 (09:00)."), std::string::npos) << body;
  EXPECT_NE(body.find("Read with the account of the detention."), std::string::npos);
  EXPECT_EQ(InStyle(text.body, kItalic), "Afghanistan 2024 Human Rights Report");
}

}  // namespace
}  // namespace verbatim::report
