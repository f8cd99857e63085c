#include "interview/completeness.h"

#include <set>

namespace verbatim::interview {

bool Completeness::complete() const {
  return uncovered_themes.empty() && unanswered_crucial.empty() && open_opening_items.empty() &&
         open_closing_items.empty() && missing_facts.empty();
}

Json Completeness::ToJson() const {
  Json crucial = Json::array();
  for (const auto& q : unanswered_crucial) {
    crucial.push_back({{"id", q.id}, {"text", q.text}, {"theme", q.theme}});
  }
  return {{"complete", complete()},
          {"uncovered_themes", uncovered_themes},
          {"unanswered_crucial_questions", crucial},
          {"open_opening_items", open_opening_items},
          {"open_closing_items", open_closing_items},
          {"missing_facts", missing_facts}};
}

namespace {

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

}  // namespace

std::vector<AnnexLine> ToAnnex(const Completeness& c) {
  std::vector<AnnexLine> lines;
  if (!c.uncovered_themes.empty()) lines.push_back({"Themes not covered (CH-2.3)", Joined(c.uncovered_themes)});
  for (const auto& q : c.unanswered_crucial) {
    lines.push_back({"Crucial question without an answer", q.id + ": " + q.text});
  }
  if (!c.open_opening_items.empty()) {
    lines.push_back({"Opening items not recorded", Joined(c.open_opening_items)});
  }
  if (!c.open_closing_items.empty()) {
    lines.push_back({"Closing items not recorded", Joined(c.open_closing_items)});
  }
  for (const auto& fact : c.missing_facts) lines.push_back({"Missing", fact});
  if (lines.empty()) lines.push_back({"Completeness", "Every theme, crucial question and checklist item is covered."});
  return lines;
}

Completeness CheckCompleteness(const InterviewPlan& plan, const std::vector<Entry>& entries,
                               const InterviewState& state) {
  std::set<std::string> themes, answered;
  std::string question_theme, question_crucial;
  int answers = 0;
  bool guardian_present = false;
  for (const Entry& e : entries) {
    if (e.kind == EntryKind::kQuestion) {
      question_theme = e.theme;
      question_crucial = e.crucial;
      if (!e.theme.empty()) themes.insert(e.theme);
    } else if (e.kind == EntryKind::kAnswer) {
      ++answers;
      const std::string theme = e.theme.empty() ? question_theme : e.theme;
      const std::string crucial = e.crucial.empty() ? question_crucial : e.crucial;
      if (!theme.empty()) themes.insert(theme);
      if (!crucial.empty()) answered.insert(crucial);
    } else if (e.kind == EntryKind::kPresence && e.participant == "guardian" && e.state != "left") {
      guardian_present = true;
    }
  }
  Completeness c;
  for (const auto& t : PlanThemes()) {
    if (!themes.count(t)) c.uncovered_themes.push_back(t);
  }
  for (const auto& q : plan.crucial_questions) {
    if (!answered.count(q.id)) c.unanswered_crucial.push_back(q);
  }
  for (const auto& item : OpeningItems()) {
    if (!state.resolved_items.count(item)) c.open_opening_items.push_back(item);
  }
  for (const auto& item : ClosingItems()) {
    if (!state.resolved_items.count(item)) c.open_closing_items.push_back(item);
  }
  if (answers == 0) c.missing_facts.push_back("CH-7.1: no answer of the applicant is recorded.");
  for (const auto& flag : plan.flags) {
    if (flag == "unaccompanied_minor" && !guardian_present) {
      c.missing_facts.push_back(
          "CH-2.2: the plan flags an unaccompanied minor, but no guardian's presence is recorded.");
    }
  }
  if (!state.ended) c.missing_facts.push_back("CH-12.4: the end of the interview is not recorded yet.");
  return c;
}

}  // namespace verbatim::interview
