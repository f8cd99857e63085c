// Statements beside the sources over real HTTP, on both backends (issue 6, AS-5): the comparison,
// and a COI passage cited in the interview record (coi_reference).
#include <poppler-document.h>
#include <poppler-page.h>

#include <filesystem>
#include <memory>

#include "api_fixture.h"
#include "audit/audit_log.h"
#include "coi/importer.h"
#include "interview/charter_policy.h"
#include "interview/interview_service.h"
#include "store/audit_table.h"

namespace verbatim::testing {
namespace {

const std::filesystem::path kCoi = std::filesystem::path(VERBATIM_SOURCE_DIR) / "data" / "coi";

class CoiCompareApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    for (const char* file :
         {"us-dos/us-dos-2024-afghanistan.txt", "us-dos/us-dos-2024-somalia.txt"}) {
      auto r = coi::ImportFile(db_.store(), kCoi / file, {});
      ASSERT_TRUE(r.ok()) << r.status().message();
    }
    AddUser("officer", auth::Role::kOfficer);
    LogIn("officer");
  }

  // A running interview whose opening is done, with one answer: the seq of the answer.
  std::int64_t InterviewWithAnswer(const std::string& answer) {
    auto c = Post("/api/v1/cases", {{"applicant",
                                     {{"family_name", "Karimi"},
                                      {"given_names", "Zahra"},
                                      {"date_of_birth", "1995-03-02"},
                                      {"nationality", "AF"},
                                      {"languages", {"prs"}}}}});
    EXPECT_EQ(c->status, 201);
    auto i = Post("/api/v1/cases/" + Json::parse(c->body)["id"].get<std::string>() + "/interviews",
                  {{"interpreter_code", "INT-0427"},
                   {"language", "prs"},
                   {"location", "Brussels, room 3"},
                   {"planned_start", "2026-11-18T09:00:00Z"}});
    EXPECT_EQ(i->status, 201) << i->body;
    interview_ = Json::parse(i->body)["id"];
    EXPECT_EQ(Entry({{"kind", "start"}})->status, 201);
    for (const auto& item : interview::OpeningItems()) {
      EXPECT_EQ(Entry({{"kind", "checklist"}, {"item", item}, {"status", "done"}})->status, 201);
    }
    EXPECT_EQ(Entry({{"kind", "question"}, {"text", "What happened to your brother?"}})->status,
              201);
    auto a = Entry({{"kind", "answer"}, {"text", answer}});
    EXPECT_EQ(a->status, 201) << a->body;
    return Json::parse(a->body)["seq"];
  }
  httplib::Result Entry(const Json& body) {
    return Post("/api/v1/interviews/" + interview_ + "/entries", body);
  }
  std::vector<store::AuditRecord> Audit() {
    auto txn = db_.store().Begin(store::Access::kRead);
    auto rows = store::ReadAuditRecords(**txn, 0, 1000);
    return *rows;
  }
  static std::string PdfText(const std::string& bytes) {
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    std::string text;
    for (int i = 0; doc && i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      const auto utf8 = page->text().to_utf8();
      text.append(utf8.begin(), utf8.end());
    }
    return text;
  }

  std::string interview_;
};

TEST_F(CoiCompareApiTest, AS_5_TypedTextComesBackWithItsStatementsAndPassages) {
  auto res = Post("/api/v1/coi/compare",
                  {{"text", "I am from Kabul. In 2024 the Taliban detained my brother in Kabul."}});
  ASSERT_EQ(res->status, 200) << res->body;
  const Json statements = Json::parse(res->body)["statements"];
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[0]["caption"], "sources on Kabul");
  const Json& s = statements[1];
  EXPECT_EQ(s["text"], "In 2024 the Taliban detained my brother in Kabul.");
  EXPECT_EQ(s["places"][0],
            Json({{"name", "Kabul"}, {"country", "AF"}, {"kind", "city"}, {"matched", "Kabul"}}));
  EXPECT_EQ(s["actors"][0]["name"], "Taliban");
  EXPECT_EQ(s["periods"][0]["from"], "2024-01-01");
  EXPECT_EQ(s["caption"], "sources on Kabul, Taliban, 2024");
  ASSERT_FALSE(s["passages"].empty());
  const Json& p = s["passages"][0];
  for (const char* field : {"document_id", "passage_id", "title", "source", "date", "country",
                            "heading", "snippet", "score", "time_match"}) {
    EXPECT_TRUE(p.contains(field)) << field;
  }
  EXPECT_EQ(p["country"], "AF");
  EXPECT_EQ(p["time_match"], "year_in_text");
  // Typed text is not personal data the server keeps: nothing of it reaches the audit log.
  for (const auto& row : Audit()) EXPECT_EQ(row.object.find("Kabul"), std::string::npos);
}

TEST_F(CoiCompareApiTest, BadRequestsAreProblemsAPersonCanActOn) {
  struct Case {
    Json body;
    const char* says;
  };
  const Case cases[] = {
      {Json::object(), "Send either 'text' or 'interview_id'"},
      {{{"text", "Kabul"}, {"interview_id", "x"}, {"entry_id", 1}}, "Send either"},
      {{{"text", "   "}}, "is empty"},
      {{{"text", 42}}, "'text' must be a string"},
      {{{"text", "Kabul"}, {"limit", 0}}, "'limit' must be"},
      {{{"text", std::string(20001, 'a')}}, "longer than 20,000 bytes"},
      {{{"interview_id", "nope"}, {"entry_id", "one"}}, "'entry_id' must be"},
  };
  for (const Case& c : cases) {
    auto res = Post("/api/v1/coi/compare", c.body);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << c.body.dump().substr(0, 80);
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
    EXPECT_NE(res->body.find(c.says), std::string::npos) << res->body;
  }
  auto missing = Post("/api/v1/coi/compare", {{"interview_id", "nope"}, {"entry_id", 1}});
  EXPECT_EQ(missing->status, 404);
}

TEST_F(CoiCompareApiTest, OnlyInterviewStaffMayCompare) {
  AddUser("lawyer", auth::Role::kLawyer);
  LogIn("lawyer");
  EXPECT_EQ(Post("/api/v1/coi/compare", {{"text", "Kabul"}})->status, 403);
}

TEST_F(CoiCompareApiTest, AS_5_AnAnswerInTheRecordIsComparedAndTheReadAudited) {
  const std::int64_t seq = InterviewWithAnswer("Al-Shabaab stopped our bus near Mogadishu.");
  auto res = Post("/api/v1/coi/compare", {{"interview_id", interview_}, {"entry_id", seq}});
  ASSERT_EQ(res->status, 200) << res->body;
  const Json s = Json::parse(res->body)["statements"][0];
  EXPECT_EQ(s["caption"], "sources on Mogadishu, al-Shabaab");
  EXPECT_EQ(s["passages"][0]["country"], "SO");
  bool audited = false;
  for (const auto& row : Audit()) {
    if (row.action == "coi.compare") {
      audited = true;
      EXPECT_EQ(row.object, "interview:" + interview_ + "#" + std::to_string(seq));
      EXPECT_EQ(row.actor, "officer");
    }
  }
  EXPECT_TRUE(audited);
  auto no_entry = Post("/api/v1/coi/compare", {{"interview_id", interview_}, {"entry_id", 999}});
  EXPECT_EQ(no_entry->status, 404);
  auto start = Post("/api/v1/coi/compare", {{"interview_id", interview_}, {"entry_id", 1}});
  EXPECT_EQ(start->status, 400);
  EXPECT_NE(start->body.find("no text"), std::string::npos);
}

TEST_F(CoiCompareApiTest, AS_5_ACitedPassageJoinsTheChainedRecordAndTheNotes) {
  const std::int64_t seq = InterviewWithAnswer("In 2024 the Taliban detained my brother in Kabul.");
  auto compared = Post("/api/v1/coi/compare", {{"interview_id", interview_}, {"entry_id", seq}});
  ASSERT_EQ(compared->status, 200);
  const Json passage = Json::parse(compared->body)["statements"][0]["passages"][0];
  const std::string passage_id = passage["passage_id"];

  auto cited = Entry({{"kind", "coi_reference"},
                      {"passage_id", passage_id},
                      {"ref", seq},
                      {"text", "Read with the applicant's account of the detention."},
                      {"document_title", "a title the client made up"}});
  ASSERT_EQ(cited->status, 201) << cited->body;
  auto entries = Json::parse(Get("/api/v1/interviews/" + interview_ + "/entries")->body)["entries"];
  const Json& e = entries.back();
  EXPECT_EQ(e["kind"], "coi_reference");
  EXPECT_EQ(e["passage_id"], passage_id);
  EXPECT_EQ(e["ref"], seq);
  // The server captures the document as the library describes it, whatever the client sent.
  EXPECT_EQ(e["document_title"], passage["title"]);
  EXPECT_EQ(e["document_source"], passage["source"]);
  EXPECT_EQ(e["document_date"], "2025-01-01");
  EXPECT_EQ(e["document_id"], passage["document_id"]);
  EXPECT_EQ(e["prev_hash"], entries[entries.size() - 2]["hash"]);

  // Part of the hash chain: `interview verify` recomputes it.
  interview::InterviewService service(db_.store(), clock_);
  auto verified = service.Verify(interview_);
  ASSERT_TRUE(verified.ok());
  EXPECT_FALSE(verified->first_broken_seq) << verified->problem;
  EXPECT_EQ(verified->entries_checked, static_cast<std::int64_t>(entries.size()));

  // Shown in the notes as a cited source.
  auto pdf = Get("/api/v1/interviews/" + interview_ + "/report.pdf");
  ASSERT_EQ(pdf->status, 200);
  const std::string text = PdfText(pdf->body);
  EXPECT_NE(text.find("Cited source"), std::string::npos);
  EXPECT_NE(text.find(passage_id), std::string::npos);
  EXPECT_NE(text.find("Read with the applicant"), std::string::npos);
}

TEST_F(CoiCompareApiTest, AS_5_ACitationOfAPassageTheLibraryLacksIsRefused) {
  const std::int64_t seq = InterviewWithAnswer("We lived in Kabul.");
  struct Case {
    Json body;
    const char* says;
  };
  const Case cases[] = {
      {{{"kind", "coi_reference"}}, "'passage_id' is required"},
      {{{"kind", "coi_reference"}, {"passage_id", "kabul"}}, "not a COI passage id"},
      {{{"kind", "coi_reference"}, {"passage_id", "coi-000000000000000000000000-p00001"}},
       "no COI passage"},
      {{{"kind", "coi_reference"},
        {"passage_id", "coi-000000000000000000000000-p00001"},
        {"ref", seq + 5}},
       "'ref' is"},
  };
  for (const Case& c : cases) {
    auto res = Entry(c.body);
    EXPECT_EQ(res->status, 400) << res->body;
    EXPECT_NE(res->body.find(c.says), std::string::npos) << res->body;
  }
  auto entries = Json::parse(Get("/api/v1/interviews/" + interview_ + "/entries")->body)["entries"];
  EXPECT_EQ(entries.back()["seq"], seq);  // nothing was written
}

}  // namespace
}  // namespace verbatim::testing
