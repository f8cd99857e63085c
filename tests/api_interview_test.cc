// The interview record over real HTTP, on both backends (issue 3).
#include "api_fixture.h"
#include "interview/charter_policy.h"

namespace verbatim::testing {
namespace {

class InterviewApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    AddUser("officer", auth::Role::kOfficer);
    LogIn("officer");
    auto c = Post("/api/v1/cases", {{"applicant", {{"family_name", "Karimi"}, {"given_names", "Zahra"},
                                                   {"names_original_script", "زهرا کریمی"},
                                                   {"date_of_birth", "1995-03-02"},
                                                   {"nationality", "AF"}, {"languages", {"prs"}}}}});
    ASSERT_EQ(c->status, 201);
    case_id_ = Json::parse(c->body)["id"];
    auto i = Post("/api/v1/cases/" + case_id_ + "/interviews",
                  {{"interpreter_code", "INT-0427"}, {"language", "prs"},
                   {"location", "Brussels, room 3"}, {"planned_start", "2026-11-18T09:00:00Z"}});
    ASSERT_EQ(i->status, 201) << i->body;
    id_ = Json::parse(i->body)["id"];
  }
  httplib::Result Entry(const Json& body) { return Post("/api/v1/interviews/" + id_ + "/entries", body); }
  void Open() {
    ASSERT_EQ(Entry({{"kind", "start"}})->status, 201);
    for (const auto& item : interview::OpeningItems()) {
      ASSERT_EQ(Entry({{"kind", "checklist"}, {"item", item}, {"status", "done"}})->status, 201);
    }
  }

  std::string case_id_, id_;
};

TEST_F(InterviewApiTest, RecordsAnInterviewAndListsItInOrder) {
  Open();
  auto q = Entry({{"kind", "question"}, {"by", "officer"}, {"text", "When did you leave Herat?"},
                  {"client_id", "tab-1"}});
  ASSERT_EQ(q->status, 201) << q->body;
  const Json ack = Json::parse(q->body);
  EXPECT_EQ(ack["seq"], 12);
  EXPECT_FALSE(ack["replayed"]);
  ASSERT_EQ(Entry({{"kind", "answer"}, {"by", "applicant"}, {"text", "در بهار ۱۳۹۸"}})->status, 201);

  auto list = Get("/api/v1/interviews/" + id_ + "/entries");
  ASSERT_EQ(list->status, 200);
  const Json entries = Json::parse(list->body)["entries"];
  ASSERT_EQ(entries.size(), 13u);
  for (std::size_t i = 0; i < entries.size(); ++i) EXPECT_EQ(entries[i]["seq"], i + 1);
  EXPECT_EQ(entries[12]["text"], "در بهار ۱۳۹۸");
  EXPECT_EQ(entries[12]["prev_hash"], entries[11]["hash"]);
  EXPECT_EQ(entries[11]["client_id"], "tab-1");

  auto mine = Get("/api/v1/cases/" + case_id_ + "/interviews");
  ASSERT_EQ(mine->status, 200);
  EXPECT_EQ(Json::parse(mine->body)["interviews"][0]["interpreter_code"], "INT-0427");
}

TEST_F(InterviewApiTest, RepeatedClientIdGetsTheFirstAnswer) {
  Open();
  const Json body = {{"kind", "observation"}, {"text", "The applicant cries."}, {"client_id", "c-9"}};
  const Json first = Json::parse(Entry(body)->body);
  auto again = Entry(body);
  ASSERT_EQ(again->status, 201);
  const Json second = Json::parse(again->body);
  EXPECT_EQ(second["seq"], first["seq"]);
  EXPECT_EQ(second["at"], first["at"]);
  EXPECT_TRUE(second["replayed"]);
  EXPECT_EQ(Json::parse(Get("/api/v1/interviews/" + id_ + "/entries")->body)["entries"].size(), 12u);
}

TEST_F(InterviewApiTest, QuestionBeforeTheOpeningIs409ListingTheOpenItems) {
  ASSERT_EQ(Entry({{"kind", "start"}})->status, 201);
  ASSERT_EQ(Entry({{"kind", "checklist"}, {"item", "CH-3.1"}, {"status", "done"}})->status, 201);
  auto refused = Entry({{"kind", "question"}, {"text", "Why did you leave?"}});
  ASSERT_EQ(refused->status, 409);
  EXPECT_EQ(refused->get_header_value("Content-Type"), "application/problem+json");
  const Json p = Json::parse(refused->body);
  EXPECT_EQ(p["rule"], "CH-3");
  EXPECT_EQ(p["open_items"].size(), 9u);
  EXPECT_EQ(p["open_items"][0], "CH-3.2");
}

TEST_F(InterviewApiTest, BreakWarningsAndTimersFollowTheClock) {
  Open();
  clock_.Advance(std::chrono::minutes(82));
  LogIn("officer");  // the session idled out meanwhile (30 minutes)
  auto q = Entry({{"kind", "question"}, {"text", "What happened next?"}});
  ASSERT_EQ(q->status, 201);
  const Json warnings = Json::parse(q->body)["warnings"];
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0]["rule"], "CH-11.1");
  auto overview = Get("/api/v1/interviews/" + id_);
  ASSERT_EQ(overview->status, 200);
  const Json o = Json::parse(overview->body);
  EXPECT_EQ(o["status"], "running");
  EXPECT_EQ(o["timers"]["elapsed_seconds"], 82 * 60);
  EXPECT_EQ(o["timers"]["until_break_due_seconds"], 8 * 60);
  EXPECT_EQ(o["applicant"]["names_original_script"], "زهرا کریمی");
}

TEST_F(InterviewApiTest, BadEntriesAre400NamingTheField) {
  struct Case { Json body; const char* mentions; } cases[] = {
      {{{"kind", "chat"}}, "'kind'"},
      {{{"kind", "question"}, {"text", "x"}, {"seq", 5}}, "'seq' is set by the server"},
      {{{"kind", "presence"}, {"participant", "neighbour"}, {"state", "joined"}}, "'participant'"},
      {{{"kind", "answer"}, {"text", 12}}, "'text' must be a string"},
  };
  for (const auto& c : cases) {
    auto res = Entry(c.body);
    ASSERT_EQ(res->status, 400) << c.body.dump();
    EXPECT_NE(res->body.find(c.mentions), std::string::npos) << res->body;
  }
  EXPECT_EQ(Post("/api/v1/interviews/nope/entries", {{"kind", "start"}})->status, 404);
}

TEST_F(InterviewApiTest, NotesComeAsAPdf) {
  Open();
  ASSERT_EQ(Entry({{"kind", "question"}, {"text", "Who came to your house?"}})->status, 201);
  auto pdf = Get("/api/v1/interviews/" + id_ + "/report.pdf");
  ASSERT_TRUE(pdf);
  ASSERT_EQ(pdf->status, 200) << pdf->body;
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf->body.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(Get("/api/v1/interviews/nope/report.pdf")->status, 404);
}

TEST_F(InterviewApiTest, QuestionHintsFlagLeadingQuestions) {
  auto res = Post("/api/v1/hints/question",
                  {{"text", "You left because of money, didn't you?"}, {"language", "en"}});
  ASSERT_EQ(res->status, 200) << res->body;
  const Json hints = Json::parse(res->body)["hints"];
  ASSERT_FALSE(hints.empty());
  EXPECT_EQ(hints[0]["rule"], "CH-8");
  EXPECT_EQ(hints[0]["kind"], "leading");
  EXPECT_TRUE(Json::parse(Post("/api/v1/hints/question", {{"text", "When did you leave Kabul?"}})->body)["hints"].empty());
  EXPECT_EQ(Post("/api/v1/hints/question", {{"text", "x"}, {"language", "de"}})->status, 400);
}

TEST_F(InterviewApiTest, CurrencyToolConvertsAtADate) {
  auto none = Get("/api/v1/tools/currency/convert?amount=100&from=USD&to=EUR&on=2020-03-15");
  EXPECT_EQ(none->status, 404);  // no rates in this store yet: a clear problem, not a crash
  EXPECT_NE(none->body.find("no exchange rates for EUR"), std::string::npos) << none->body;
  EXPECT_EQ(Get("/api/v1/tools/currency/convert?amount=x&from=USD&to=EUR&on=2020-03-15")->status, 400);
  EXPECT_EQ(Get("/api/v1/tools/currency/convert?amount=1&from=USD&to=EUR&on=15.3.2020")->status, 400);
}

TEST_F(InterviewApiTest, PlanTagsAndCompleteness) {
  auto put = client_->Put(("/api/v1/interviews/" + id_ + "/plan").c_str(), Auth(),
                          Json{{"flags", {"traumatised"}},
                               {"crucial_questions", {{{"id", "route"}, {"text", "Route through Iran"},
                                                       {"theme", "identity"}}}}}.dump(),
                          "application/json");
  ASSERT_EQ(put->status, 200) << put->body;
  auto plan = Json::parse(Get("/api/v1/interviews/" + id_ + "/plan")->body);
  EXPECT_EQ(plan["crucial_questions"][0]["id"], "route");
  EXPECT_EQ(plan["themes"].size(), 4u);
  Open();
  ASSERT_EQ(Entry({{"kind", "question"}, {"text", "How did you cross into Iran?"},
                   {"theme", "identity"}, {"crucial", "route"}})->status, 201);
  ASSERT_EQ(Entry({{"kind", "answer"}, {"text", "On foot near Islam Qala."}})->status, 201);
  const Json c = Json::parse(Get("/api/v1/interviews/" + id_ + "/completeness")->body);
  EXPECT_FALSE(c["complete"]);
  EXPECT_TRUE(c["unanswered_crucial_questions"].empty());
  EXPECT_EQ(c["uncovered_themes"], Json({"persecution", "fear_on_return", "evidence"}));
  EXPECT_EQ(c["open_closing_items"].size(), 4u);
  auto bad = client_->Put(("/api/v1/interviews/" + id_ + "/plan").c_str(), Auth(),
                          R"({"flags":["minor"]})", "application/json");
  EXPECT_EQ(bad->status, 400);
}

TEST_F(InterviewApiTest, EndingCreatesTasksWithWorkingDayDeadlines) {
  Open();
  ASSERT_EQ(Entry({{"kind", "end"}, {"outcome", "to_be_continued"}})->status, 201);
  const Json mine = Json::parse(Get("/api/v1/tasks")->body)["tasks"];
  ASSERT_EQ(mine.size(), 2u);
  // CH-11.3 at once (today), then CH-3.10: two working days after Wednesday 18 November.
  EXPECT_EQ(mine[0]["rule"], "CH-11.3");
  EXPECT_EQ(mine[0]["due_on"], "2026-11-18");
  EXPECT_EQ(mine[1]["rule"], "CH-3.10");
  EXPECT_EQ(mine[1]["due_on"], "2026-11-20");
  EXPECT_EQ(mine[1]["assignee"], "officer");
  ASSERT_EQ(Post("/api/v1/tasks/" + mine[1]["id"].get<std::string>() + "/done", Json::object())->status, 200);
  EXPECT_EQ(Post("/api/v1/tasks/" + mine[1]["id"].get<std::string>() + "/done", Json::object())->status, 409);
  ASSERT_EQ(Post("/api/v1/interviews/" + id_ + "/notes-copy", {{"received_on", "2026-11-20"}})->status, 201);
  clock_.Advance(std::chrono::hours(24 * 20));
  LogIn("officer");
  const Json later = Json::parse(Get("/api/v1/tasks")->body)["tasks"];
  ASSERT_EQ(later.size(), 2u);
  EXPECT_EQ(later[0]["status"], "overdue");
  EXPECT_EQ(later[1]["due_on"], "2026-12-02");
}

TEST_F(InterviewApiTest, DateAndDeadlineTools) {
  const Json nowruz = Json::parse(Get("/api/v1/tools/date/convert?date=1398-01-01&from=persian&to=gregorian")->body);
  EXPECT_EQ(nowruz["year"], 2019);
  EXPECT_EQ(nowruz["month"], 3);
  EXPECT_EQ(nowruz["day"], 21);
  auto impossible = Get("/api/v1/tools/date/convert?date=2023-02-29&from=gregorian&to=persian");
  EXPECT_EQ(impossible->status, 400);
  EXPECT_NE(impossible->body.find("2023-02-29"), std::string::npos);
  const Json range = Json::parse(Get("/api/v1/tools/date/range?text=" +
                                     httplib::detail::encode_query_param("Hamal 1398"))->body);
  EXPECT_EQ(range["first"], "2019-03-21");
  EXPECT_EQ(range["last"], "2019-04-20");
  const Json age = Json::parse(Get("/api/v1/tools/date/age?born=1990&on=2019-03-21")->body);
  EXPECT_EQ(age["min"], 28);
  EXPECT_EQ(age["max"], 29);
  const Json due = Json::parse(Get("/api/v1/tools/deadline?profile=BE&from=2026-12-24&working_days=2")->body);
  EXPECT_EQ(due["due"], "2026-12-29");
  EXPECT_EQ(Get("/api/v1/tools/deadline?profile=XX&from=2026-12-24&working_days=2")->status, 404);
  EXPECT_EQ(Get("/api/v1/tools/deadline?from=2026-12-24&working_days=two")->status, 400);
  EXPECT_EQ(Json::parse(Get("/api/v1/tools/calendars")->body)["calendars"].size(), 10u);
}

TEST_F(InterviewApiTest, LawyersSeeNoInterviews) {
  AddUser("lawyer", auth::Role::kLawyer);
  LogIn("lawyer");
  EXPECT_EQ(Get("/api/v1/interviews/" + id_)->status, 403);
  EXPECT_EQ(Get("/api/v1/interviews/" + id_ + "/entries")->status, 403);
}

}  // namespace
}  // namespace verbatim::testing
