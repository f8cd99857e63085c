#include "interview/question_hints.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <thread>
#include <vector>

namespace verbatim::interview {
namespace {

using Kinds = std::vector<std::string>;

/// A question an officer could really type, and exactly the hint kinds it must raise, in the
/// order HintsForQuestion promises (multiple_questions, leading, judging, too_long, jargon).
struct Example {
  const char* language;
  const char* question;
  Kinds kinds;
};

void PrintTo(const Example& e, std::ostream* os) { *os << e.language << ": " << e.question; }

Kinds KindsOf(const std::vector<QuestionHint>& hints) {
  Kinds kinds;
  for (const QuestionHint& h : hints) kinds.push_back(h.kind);
  return kinds;
}

const Kinds kClean = {};
const Kinds kMultiple = {"multiple_questions"};
const Kinds kLeading = {"leading"};
const Kinds kJudging = {"judging"};
const Kinds kTooLong = {"too_long"};
const Kinds kJargon = {"jargon"};

const Example kEnglish[] = {
    {"en", "When did you leave Kabul?", kClean},
    {"en", "Where did you live before you left Afghanistan?", kClean},
    {"en", "When you arrived in Iran, where did you stay?", kClean},
    {"en", "Who was with you when the soldiers came to your house?", kClean},
    {"en", "Tell me about your journey from Herat to Istanbul.", kClean},
    {"en", "You said you were arrested in 2019. Is that correct?", kClean},
    {"en", "What happened after the police released you?", kClean},
    {"en", "Did you or your brother have a passport?", kClean},
    {"en", "Were you alone, or was your wife with you?", kClean},
    {"en", "How many times were you detained?", kClean},
    {"en", "Tell me when and how you crossed the border.", kClean},
    {"en", "Why did you not ask for protection in Greece?", kClean},
    {"en", "Before you left, did you tell anyone about your plans?", kClean},
    {"en", "You mentioned your uncle’s shop. What did he sell there?", kClean},
    {"en", "Why didn't the police help you?", kClean},
    {"en", "Did anyone call you a liar?", kClean},
    {"en", "Of course, you can ask for a break at any time. Do you need one?", kClean},
    {"en", "And why did you go to Tehran?", kClean},
    {"en", "You left because of money, didn't you?", kLeading},
    {"en", "You were a member of the party, weren’t you?", kLeading},
    {"en", "Isn't it true that you paid the smuggler yourself?", kLeading},
    {"en", "You were in Kabul in 2019, right?", kLeading},
    {"en", "I suppose you had a passport?", kLeading},
    {"en", "Surely you knew the men who attacked you?", kLeading},
    {"en", "Didn't your father work for the government?", kLeading},
    {"en", "You must have known that the documents were false?", kLeading},
    {"en", "Where did you live and why did you leave?", kMultiple},
    {"en", "When did you leave? Who paid for the journey?", kMultiple},
    {"en", "Were you arrested and did they beat you?", kMultiple},
    {"en", "Where did you work, when did you stop?", kMultiple},
    {"en", "Who arrested you and what did they want from you?", kMultiple},
    {"en", "How old were you? Where was your father? Who else lived with you?", kMultiple},
    {"en", "That is ridiculous. Why would the police let you go?", kJudging},
    {"en", "Why on earth did you go back to the village?", kJudging},
    {"en", "You expect me to believe that you walked for three days?", kJudging},
    {"en", "Why didn't you just go to the police?", kJudging},
    {"en", "You are obviously lying about the date, aren't you?", {"leading", "judging"}},
    {"en", "Do you know what non-refoulement means?", kJargon},
    {"en", "Do you have a well-founded fear of persecution?", kJargon},
    {"en", "Did you apply for subsidiary protection in another country?", kJargon},
    {"en", "Were you informed about the Dublin procedure in Italy?", kJargon},
    {"en", "Could Mazar-i-Sharif be an internal protection alternative for you?", kJargon},
    {"en", "Do you belong to a particular social group?", kJargon},
    {"en",
     "Can you tell me, in as much detail as you can remember, what exactly happened on the day "
     "that the men from the militia came to your family home in the village near Jalalabad last "
     "spring?",
     kTooLong},
    {"en",
     "Can you tell me, in as much detail as you can remember, what exactly happened on the day "
     "that the men from the militia came to your family home in the small village near Jalalabad?",
     kClean},  // exactly 35 words: the limit itself is allowed
    {"en",
     "Isn't it true that you left for work, and why did you not mention the Dublin rules?",
     {"multiple_questions", "leading", "jargon"}},
};

const Example kFrench[] = {
    {"fr", "Quand avez-vous quitté Kaboul ?", kClean},
    {"fr", "Où habitiez-vous avant votre départ ?", kClean},
    {"fr", "Quand vous êtes arrivé en Iran, où avez-vous logé ?", kClean},
    {"fr", "Qui était avec vous quand les soldats sont venus ?", kClean},
    {"fr", "Pouvez-vous décrire la pièce où ils vous ont enfermé ?", kClean},
    {"fr", "Racontez-moi votre voyage depuis Hérat.", kClean},
    {"fr", "Vous avez dit avoir été arrêté en 2019. Est-ce exact ?", kClean},
    {"fr", "Que craignez-vous en cas de retour dans votre pays ?", kClean},
    {"fr", "Combien de fois avez-vous été détenu ?", kClean},
    {"fr", "Dites-moi quand et comment vous avez passé la frontière.", kClean},
    {"fr", "Êtes-vous resté sur place après l’attaque ?", kClean},
    {"fr", "Aviez-vous un passeport, oui ou non ?", kClean},
    {"fr", "Pourquoi n'avez-vous pas demandé l'asile en Grèce ?", kClean},
    {"fr", "Je pense que vous avez besoin d'une pause ?", kClean},
    {"fr", "Vous a-t-on traité de menteur ?", kClean},
    {"fr", "Vous êtes parti pour des raisons économiques, n'est-ce pas ?", kLeading},
    {"fr", "Vous étiez membre du parti, non ?", kLeading},
    {"fr", "Vous ne voulez pas dire que c'était en 2018 ?", kLeading},
    {"fr", "Il est évident que vous connaissiez cet homme ?", kLeading},
    {"fr", "N'est-il pas vrai que vous avez payé le passeur vous-même ?", kLeading},
    {"fr", "Je suppose que vous aviez un passeport ?", kLeading},
    {"fr", "N’avez-vous pas travaillé pour le gouvernement ?", kLeading},
    {"fr", "Vous avez sûrement vu les hommes qui vous ont attaqué ?", kLeading},
    {"fr", "Vous avez été arrêté en 2019, c’est bien ça ?", kLeading},
    {"fr", "Où habitiez-vous et pourquoi êtes-vous parti ?", kMultiple},
    {"fr", "Quand êtes-vous parti ? Qui a payé le voyage ?", kMultiple},
    {"fr", "Avez-vous été arrêté et vous ont-ils frappé ?", kMultiple},
    {"fr", "Où travailliez-vous, quand avez-vous arrêté ?", kMultiple},
    {"fr", "Qui vous a arrêté et que voulaient-ils ?", kMultiple},
    {"fr", "C'est ridicule, pourquoi la police vous aurait-elle relâché ?", kJudging},
    {"fr", "Pourquoi diable êtes-vous retourné au village ?", kJudging},
    {"fr", "Vous voulez vraiment que je croie que vous avez marché trois jours ?", kJudging},
    {"fr", "Pourquoi n'êtes-vous pas simplement allé à la police ?", kJudging},
    {"fr", "Ça n’a aucun sens. Où étiez-vous ce jour-là ?", kJudging},
    {"fr", "Vous mentez sur la date, n'est-ce pas ?", {"leading", "judging"}},
    {"fr", "Vous auriez dû demander l'asile en Grèce, non ?", {"leading", "judging"}},
    {"fr", "Savez-vous ce que signifie le non-refoulement ?", kJargon},
    {"fr", "Avez-vous une crainte fondée de persécution ?", kJargon},
    {"fr", "Avez-vous demandé la protection subsidiaire dans un autre pays ?", kJargon},
    {"fr", "Vous a-t-on parlé de la procédure Dublin en Italie ?", kJargon},
    {"fr", "Appartenez-vous à un certain groupe social ?", kJargon},
    {"fr",
     "Pouvez-vous me raconter, avec autant de détails que possible, ce qui s'est passé le jour où "
     "les hommes de la milice sont venus dans la maison de votre famille, dans le village près de "
     "Jalalabad, au printemps dernier, et ce que vous avez fait ensuite ?",
     kTooLong},
};

const Example kDutch[] = {
    {"nl", "Wanneer bent u uit Kabul vertrokken?", kClean},
    {"nl", "Waar woonde u voordat u vertrok?", kClean},
    {"nl", "Toen u in Iran aankwam, waar verbleef u?", kClean},
    {"nl", "Wie was er bij u toen de soldaten kwamen?", kClean},
    {"nl", "Kunt u de kamer beschrijven waar ze u vasthielden?", kClean},
    {"nl", "Vertel eens over uw reis vanuit Herat.", kClean},
    {"nl", "U zei dat u in 2019 werd gearresteerd. Klopt dat?", kClean},
    {"nl", "Wat vreest u bij een terugkeer naar uw land?", kClean},
    {"nl", "Hoe vaak bent u vastgehouden?", kClean},
    {"nl", "Vertel me wanneer en hoe u de grens bent overgestoken.", kClean},
    {"nl", "Had u of uw broer een paspoort?", kClean},
    {"nl", "Waarom bent u toch teruggegaan naar het dorp?", kClean},
    {"nl", "Weet u het zeker?", kClean},
    {"nl", "Kon u niet slapen in de cel?", kClean},
    {"nl", "Heeft u tegen de politie een leugen verteld?", kClean},
    {"nl", "U bent om economische redenen vertrokken, toch?", kLeading},
    {"nl", "U was lid van de partij, niet?", kLeading},
    {"nl", "U bedoelt toch 2018?", kLeading},
    {"nl", "Is het niet zo dat u de smokkelaar zelf heeft betaald?", kLeading},
    {"nl", "Ik neem aan dat u een paspoort had?", kLeading},
    {"nl", "U was daar toch?", kLeading},
    {"nl", "Heeft u niet voor de overheid gewerkt?", kLeading},
    {"nl", "U heeft zeker betaald voor de reis?", kLeading},
    {"nl", "Waar woonde u en waarom bent u vertrokken?", kMultiple},
    {"nl", "Wanneer bent u vertrokken? Wie betaalde de reis?", kMultiple},
    {"nl", "Bent u gearresteerd en hebben ze u geslagen?", kMultiple},
    {"nl", "Waar werkte u, wanneer bent u gestopt?", kMultiple},
    {"nl", "Wie heeft u gearresteerd en wat wilden ze van u?", kMultiple},
    {"nl", "Dat is belachelijk. Waarom zou de politie u laten gaan?", kJudging},
    {"nl", "Waarom in hemelsnaam bent u teruggegaan naar het dorp?", kJudging},
    {"nl", "Verwacht u echt dat ik geloof dat u drie dagen heeft gelopen?", kJudging},
    {"nl", "Waarom bent u niet gewoon naar de politie gegaan?", kJudging},
    {"nl", "U liegt over de datum, toch?", {"leading", "judging"}},
    {"nl", "U had naar de politie moeten gaan, of niet?", {"leading", "judging"}},
    {"nl", "Dat is toch niet waar?", {"leading", "judging"}},
    {"nl", "Weet u wat non-refoulement betekent?", kJargon},
    {"nl", "Heeft u een gegronde vrees voor vervolging?", kJargon},
    {"nl", "Heeft u subsidiaire bescherming aangevraagd in een ander land?", kJargon},
    {"nl", "Bent u in Italië over de Dublinprocedure geïnformeerd?", kJargon},
    {"nl", "Behoort u tot een bepaalde sociale groep?", kJargon},
    {"nl",
     "Kunt u mij zo gedetailleerd mogelijk vertellen wat er precies gebeurde op de dag dat de "
     "mannen van de militie vorig voorjaar naar het huis van uw familie in het dorp bij Jalalabad "
     "kwamen en wat u daarna deed?",
     kTooLong},
};

class HintExamples : public testing::TestWithParam<Example> {};

TEST_P(HintExamples, RaiseExactlyTheExpectedKinds) {
  const Example& e = GetParam();
  auto hints = HintsForQuestion(e.question, e.language);
  ASSERT_TRUE(hints.ok()) << hints.status().message();
  EXPECT_EQ(KindsOf(*hints), e.kinds);
  for (const QuestionHint& h : *hints) {
    EXPECT_EQ(h.rule, "CH-8");
    EXPECT_FALSE(h.message.empty());
    if (h.kind == "too_long") continue;
    // The span is what the page highlights, so it must be the matched bytes of the question.
    EXPECT_EQ(std::string_view(e.question).substr(h.start, h.end - h.start), h.match);
  }
}

INSTANTIATE_TEST_SUITE_P(English, HintExamples, testing::ValuesIn(kEnglish));
INSTANTIATE_TEST_SUITE_P(French, HintExamples, testing::ValuesIn(kFrench));
INSTANTIATE_TEST_SUITE_P(Dutch, HintExamples, testing::ValuesIn(kDutch));

TEST(QuestionHints, LoadsEveryRuleFile) {
  // A malformed rule file (bad JSON, bad regex, a rule that misses its own example) turns up here.
  ASSERT_EQ(HintLanguages(), (std::vector<std::string>{"en", "fr", "nl"}));
  for (const std::string& language : HintLanguages()) {
    auto hints = HintsForQuestion("", language);
    ASSERT_TRUE(hints.ok()) << hints.status().message();
    EXPECT_TRUE(hints->empty());
  }
}

TEST(QuestionHints, RejectsUnknownLanguages) {
  for (const char* language : {"de", "EN", "fr-BE", ""}) {
    auto hints = HintsForQuestion("Where did you live?", language);
    ASSERT_FALSE(hints.ok()) << language;
    EXPECT_EQ(hints.status().code(), ErrorCode::kInvalidArgument);
  }
}

TEST(QuestionHints, RejectsInvalidUtf8) {
  auto hints = HintsForQuestion("Where did you live\xC0\xAF?", "en");
  ASSERT_FALSE(hints.ok());
  EXPECT_EQ(hints.status().code(), ErrorCode::kInvalidArgument);
}

TEST(QuestionHints, ReportsByteOffsetsPastMultiByteCharacters) {
  const std::string question = "Vous étiez à Kaboul, n’est-ce pas ?";
  auto hints = HintsForQuestion(question, "fr");
  ASSERT_TRUE(hints.ok());
  ASSERT_EQ(hints->size(), 1u);
  EXPECT_EQ((*hints)[0].match, "n’est-ce pas");
  EXPECT_EQ((*hints)[0].start, question.find("n’est"));
  EXPECT_EQ((*hints)[0].end, question.find(" ?"));
}

TEST(QuestionHints, MatchesWithoutRegardToCase) {
  auto en = HintsForQuestion("ISN'T IT TRUE THAT YOU LEFT FOR WORK?", "en");
  auto fr = HintsForQuestion("IL EST ÉVIDENT QUE VOUS MENTEZ ?", "fr");
  ASSERT_TRUE(en.ok() && fr.ok());
  EXPECT_EQ(KindsOf(*en), kLeading);
  EXPECT_EQ(KindsOf(*fr), (Kinds{"leading", "judging"}));
  EXPECT_EQ((*fr)[0].match, "IL EST ÉVIDENT QUE");
}

TEST(QuestionHints, ShowsTheSecondQuestionOnce) {
  auto hints = HintsForQuestion("When did you leave? Who paid? How much?", "en");
  ASSERT_TRUE(hints.ok());
  ASSERT_EQ(hints->size(), 1u);
  EXPECT_EQ((*hints)[0].message, "Ask one question at a time.");
  EXPECT_EQ((*hints)[0].match, "Who paid?");
}

TEST(QuestionHints, SuggestsPlainWordsForJargon) {
  auto hints = HintsForQuestion("Heeft u subsidiaire bescherming aangevraagd?", "nl");
  ASSERT_TRUE(hints.ok());
  ASSERT_EQ(hints->size(), 1u);
  EXPECT_EQ((*hints)[0].match, "subsidiaire bescherming");
  EXPECT_NE((*hints)[0].message.find("ernstig gevaar"), std::string::npos);
}

TEST(QuestionHints, CountsWordsForTooLongOverTheWholeQuestion) {
  std::string question = "Did you";
  for (int i = 0; i < 40; ++i) question += " really";
  question += " leave?";
  auto hints = HintsForQuestion(question, "en");
  ASSERT_TRUE(hints.ok());
  ASSERT_EQ(KindsOf(*hints), kTooLong);
  EXPECT_EQ((*hints)[0].start, 0u);
  EXPECT_EQ((*hints)[0].end, 0u);
  EXPECT_EQ((*hints)[0].match, "");
  EXPECT_NE((*hints)[0].message.find("43 words"), std::string::npos);
}

TEST(QuestionHints, GivesTheSameAnswerFromManyThreads) {
  // The first call parses the rule files; concurrent first calls must not race.
  std::vector<std::thread> threads;
  std::vector<Kinds> seen(8);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&seen, i] {
      auto hints = HintsForQuestion("You left, didn't you? Why?", "en");
      if (hints.ok()) seen[i] = KindsOf(*hints);
    });
  }
  for (std::thread& t : threads) t.join();
  for (const Kinds& kinds : seen) EXPECT_EQ(kinds, (Kinds{"multiple_questions", "leading"}));
}

}  // namespace
}  // namespace verbatim::interview
