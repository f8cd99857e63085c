#include "screening/result.h"

#include <algorithm>
#include <set>

#include "base/text.h"
#include "screening/engine.h"

namespace verbatim::screening {
namespace {

// Stable names of the shipped Annex 1 form (issue 5); another form screens by the same names.
constexpr const char* kSpecificNeeds = "specific_needs";
constexpr const char* kStatement = "statement";

// Specific needs and the Annex 2 category they are referred to (UN-6). Needs not listed here go
// to assistance organisations, the "competent institution" for everything else.
struct NeedCategory {
  const char* need;
  const char* category;
};
constexpr NeedCategory kNeedCategories[] = {
    {"medical_emergency", "medical"},
    {"health_problems", "medical"},
    {"unaccompanied_or_separated_child", "child_protection"},
    {"child", "child_protection"},
    {"victim_violence_torture", "victims_of_violence"},
    {"woman_at_risk", "victims_of_violence"},
};
// The order in which specific-needs referrals are listed: the most urgent first.
constexpr const char* kNeedCategoryOrder[] = {"medical", "child_protection", "victims_of_violence",
                                              "assistance_organisations"};

const char* CategoryOf(const std::string& need) {
  for (const auto& nc : kNeedCategories) {
    if (need == nc.need) return nc.category;
  }
  return "assistance_organisations";
}

std::string EnglishLabel(const Form& form, const Question& q, const std::string& choice) {
  const Choice* c = form.FindChoice(q, choice);
  if (c == nullptr) return choice;
  for (const char* language : {"en", ""}) {
    const auto it = c->labels.find(language);
    if (it != c->labels.end()) return it->second;
  }
  return choice;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

struct Answers {
  const Question* needs_question = nullptr;
  std::vector<std::string> needs;  // in form order
  std::string statement;
};

Result<Answers> ReadAnswers(const Form& form, const FormCheck& check) {
  Answers out;
  for (const auto& answered : check.relevant) {
    if (answered.path == kSpecificNeeds && answered.question->list_name.size() > 0) {
      out.needs_question = answered.question;
      const auto selected = answered.value.AsList();
      for (const auto& choice : form.choices.at(answered.question->list_name)) {
        if (std::find(selected.begin(), selected.end(), choice.name) != selected.end()) {
          out.needs.push_back(choice.name);
        }
      }
    } else if (answered.path == kStatement) {
      out.statement = answered.value.AsString();
      if (!IsValidUtf8(out.statement)) {
        return InvalidArgument("The answer to \"statement\" is not valid UTF-8 text.");
      }
    }
  }
  return out;
}

Priority PriorityOf(const std::vector<std::string>& needs, bool trafficking) {
  // UN-5: emergency medical care comes before any question.
  if (std::find(needs.begin(), needs.end(), "medical_emergency") != needs.end()) {
    return Priority::kEmergency;
  }
  // Every other specific need (children among them) and a potential trafficking victim come
  // before the others; an asylum seeker without a specific need waits in the normal order.
  if (!needs.empty() || trafficking) return Priority::kHigh;
  return Priority::kNormal;
}

void AddNeedReferrals(const Form& form, const Answers& answers, Priority overall,
                      std::vector<Referral>* out) {
  for (const char* category : kNeedCategoryOrder) {
    std::vector<std::string> reasons;
    Priority priority = std::min(overall, Priority::kHigh);
    for (const auto& need : answers.needs) {
      if (std::string(CategoryOf(need)) != category) continue;
      // A child who is unaccompanied is referred as such, not twice.
      if (need == "child" && std::find(answers.needs.begin(), answers.needs.end(),
                                       "unaccompanied_or_separated_child") != answers.needs.end()) {
        continue;
      }
      if (need == "medical_emergency") priority = Priority::kEmergency;
      std::string reason = EnglishLabel(form, *answers.needs_question, need);
      if (need == "child") reason += " (a child at risk with their parents, UN-6)";
      reasons.push_back(reason);
    }
    if (reasons.empty()) continue;
    out->push_back({category, priority, "Specific needs (UN-5): " + Join(reasons) + ".", {}});
  }
}

}  // namespace

const char* PriorityName(Priority priority) {
  switch (priority) {
    case Priority::kEmergency:
      return "emergency";
    case Priority::kHigh:
      return "high";
    case Priority::kNormal:
      break;
  }
  return "normal";
}

Result<ScreeningResult> Screen(const Form& form, const Json& answers,
                               const AgencyDirectory* directory) {
  VB_ASSIGN_OR_RETURN(FormCheck check, CheckAnswers(form, answers));
  VB_ASSIGN_OR_RETURN(IndicatorSummary indicators, FindIndicators(form, answers));
  VB_ASSIGN_OR_RETURN(Answers read, ReadAnswers(form, check));

  ScreeningResult result;
  result.indicators = std::move(indicators.indicators);
  result.specific_needs = read.needs;
  // UN-4: no special words are needed; a phrase of fear makes an asylum seeker from that moment.
  result.fear_expressions = FindFearExpressions(read.statement, ShippedFearPhrases());
  const bool expressed_fear = !result.fear_expressions.empty();
  result.potential_asylum_seeker = indicators.potential_asylum_seeker || expressed_fear;
  result.potential_trafficking_victim = indicators.potential_trafficking_victim;
  result.non_refoulement = result.potential_asylum_seeker;
  result.priority = PriorityOf(read.needs, result.potential_trafficking_victim);

  // UN-6: specific needs are referred first.
  AddNeedReferrals(form, read, result.priority, &result.referrals);
  const Priority others = std::min(result.priority, Priority::kHigh);
  if (result.potential_trafficking_victim) {
    result.referrals.push_back(
        {"anti_trafficking",
         others,
         "Potential victim of trafficking: an answer marked + (UN-10); activate the national "
         "protection mechanism, which refers on to the asylum authority (UN-6).",
         {}});
  }
  if (result.potential_asylum_seeker) {
    std::vector<std::string> why;
    if (indicators.potential_asylum_seeker) why.push_back("an answer marked * (UN-10)");
    if (expressed_fear) why.push_back("fear of return expressed in the statement (UN-4)");
    result.referrals.push_back(
        {"asylum_authority", others, "Potential asylum seeker: " + Join(why) + ".", {}});
    result.referrals.push_back(
        {"unhcr", others, "Inform the person about UNHCR and how to reach it (UN-6).", {}});
  }
  if (directory != nullptr) {
    for (auto& referral : result.referrals) referral.agency = directory->For(referral.category);
  }
  return result;
}

Json ResultToJson(const ScreeningResult& r) {
  Json referrals = Json::array();
  for (const auto& ref : r.referrals) {
    Json agency = nullptr;
    if (ref.agency) agency = {{"id", ref.agency->id}, {"name", ref.agency->name}};
    referrals.push_back({{"category", ref.category},
                         {"priority", PriorityName(ref.priority)},
                         {"reason", ref.reason},
                         {"agency", agency}});
  }
  Json indicators = Json::array();
  for (const auto& i : r.indicators) {
    indicators.push_back({{"question", i.question}, {"choice", i.choice}, {"marker", i.marker()}});
  }
  Json fear = Json::array();
  for (const auto& f : r.fear_expressions) {
    fear.push_back({{"phrase", f.phrase}, {"language", f.language}, {"excerpt", f.excerpt}});
  }
  return {{"potential_asylum_seeker", r.potential_asylum_seeker},
          {"potential_trafficking_victim", r.potential_trafficking_victim},
          {"non_refoulement", r.non_refoulement},
          {"priority", PriorityName(r.priority)},
          {"specific_needs", r.specific_needs},
          {"referrals", referrals},
          {"indicators", indicators},
          {"fear_expressions", fear}};
}

}  // namespace verbatim::screening
