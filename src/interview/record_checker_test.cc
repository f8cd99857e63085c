#include "interview/record_checker.h"

#include <gtest/gtest.h>

#include <sstream>

#include "interview/entry_json.h"

namespace verbatim::interview {
namespace {

// Builds a chained record file line by line, minutes apart.
class RecordFile {
 public:
  RecordFile& Add(Json fields, int minutes_later = 1) {
    at_ += std::chrono::minutes(minutes_later);
    fields["seq"] = ++seq_;
    fields["at"] = FormatRfc3339Micros(at_);
    auto e = EntryFromJson(fields, JsonFields::kRecord);
    EXPECT_TRUE(e.ok()) << e.status().message();
    e->prev_hash = prev_;
    e->hash = ChainHash(*e, prev_);
    prev_ = e->hash;
    out_ << EntryToJson(*e).dump() << "\n";
    return *this;
  }
  RecordFile& Opening() {
    Add({{"kind", "start"}});
    for (const auto& item : OpeningItems()) Add({{"kind", "checklist"}, {"item", item}, {"status", "done"}});
    return *this;
  }
  std::string text() const { return out_.str(); }

 private:
  std::ostringstream out_;
  std::int64_t seq_ = 0;
  TimePoint at_ = FromUnixMicros(1'795'000'000'000'000);
  std::string prev_;
};

std::vector<Finding> Check(const std::string& text) {
  std::istringstream in(text);
  auto findings = CheckRecord(in, "interview.jsonl", CharterPolicy(*LoadProfile("BE")));
  EXPECT_TRUE(findings.ok()) << findings.status().message();
  return findings.ok() ? *findings : std::vector<Finding>{};
}

TEST(RecordChecker, ACompliantInterviewHasNoFindings) {
  RecordFile f;
  f.Opening().Add({{"kind", "question"}, {"text", "When did you leave Herat?"}})
      .Add({{"kind", "answer"}, {"text", "In the spring of 1398."}});
  for (const auto& item : ClosingItems()) f.Add({{"kind", "checklist"}, {"item", item}, {"status", "done"}});
  f.Add({{"kind", "end"}, {"outcome", "completed"}});
  EXPECT_TRUE(Check(f.text()).empty());
}

TEST(RecordChecker, ReportsRuleBreachesWithTheirSeq) {
  RecordFile f;
  f.Add({{"kind", "start"}})
      .Add({{"kind", "question"}, {"text", "Why are you here?"}})  // seq 2: opening missing
      .Add({{"kind", "end"}, {"outcome", "completed"}});           // seq 3: closing missing
  const auto findings = Check(f.text());
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule, "CH-3");
  EXPECT_EQ(findings[0].seq, 2);
  EXPECT_EQ(findings[1].rule, "CH-12");
  EXPECT_EQ(findings[1].seq, 3);
}

TEST(RecordChecker, OverdueBreakIsAViolationAndAMissingEndAWarning) {
  RecordFile f;
  f.Opening().Add({{"kind", "question"}, {"text", "And then?"}}, 95);
  const auto findings = Check(f.text());
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule, "CH-11.1");
  EXPECT_EQ(findings[0].severity, Severity::kViolation);
  EXPECT_EQ(findings[1].rule, "CH-12.4");
  EXPECT_EQ(findings[1].severity, Severity::kWarning);
  const Json j = FindingsToJson(findings);
  EXPECT_EQ(j["findings"][0]["severity"], "violation");
  EXPECT_EQ(j["findings"][0]["seq"], 12);
}

TEST(RecordChecker, AnEditedEntryBreaksTheChain) {
  RecordFile f;
  f.Opening().Add({{"kind", "answer"}, {"text", "I was arrested twice."}});
  std::string text = f.text();
  text.replace(text.find("twice"), 5, "once.");
  const auto findings = Check(text);
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].rule, "CH-7.1");
  EXPECT_EQ(findings[0].seq, 12);
}

TEST(RecordChecker, MalformedLineIsAnErrorNamingTheLine) {
  RecordFile f;
  f.Opening();
  std::istringstream in(f.text() + "{\"kind\": \"question\", \"seq\": 12\n");
  auto result = CheckRecord(in, "bad.jsonl", CharterPolicy(*LoadProfile("BE")));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message().rfind("bad.jsonl:12: ", 0), 0u) << result.status().message();
  std::istringstream wrong(R"({"kind":"start","seq":1,"at":"2026-11-18T09:00:00Z","outcome":5})");
  auto typed = CheckRecord(wrong, "t.jsonl", CharterPolicy(*LoadProfile("BE")));
  ASSERT_FALSE(typed.ok());
  EXPECT_NE(typed.status().message().find("t.jsonl:1: 'outcome' must be a string"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::interview
