#include "screening/fear_phrases.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace verbatim::screening {
namespace {

std::string ReadDataFile(const std::string& name) {
  std::ifstream in(std::string(VERBATIM_SOURCE_DIR) + "/data/screening/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> Phrases(std::string_view statement) {
  std::vector<std::string> out;
  for (const auto& f : FindFearExpressions(statement, ShippedFearPhrases())) {
    out.push_back(f.phrase);
  }
  return out;
}

TEST(FearPhrases, ShippedListsAreEnglishAndRussianAndMatchTheDataFiles) {
  const auto& lists = ShippedFearPhrases();
  ASSERT_EQ(lists.size(), 2u);
  EXPECT_EQ(lists[0].language, "en");
  EXPECT_EQ(lists[1].language, "ru");
  for (const auto& list : lists) {
    const auto file =
        ParseFearPhraseList(list.language, ReadDataFile("fear-phrases-" + list.language + ".json"));
    ASSERT_TRUE(file.ok()) << file.status().message();
    EXPECT_EQ(file->phrases, list.phrases);
    // Nobody has reviewed them yet; the flag must say so until someone does.
    EXPECT_FALSE(list.reviewed) << list.language;
  }
}

TEST(FearPhrases, EveryPhraseFindsItselfInASentence) {
  for (const auto& list : ShippedFearPhrases()) {
    for (const auto& phrase : list.phrases) {
      std::string text =
          phrase.back() == '*' ? phrase.substr(0, phrase.size() - 1) + "xyz" : phrase;
      EXPECT_FALSE(FindFearExpressions("Then: " + text + ", he said.", {list}).empty()) << phrase;
    }
  }
}

// UN-4: the four examples of section 5.4 of the source, as a person might put them.
TEST(FearPhrases, FindsTheSourceExamplesOfFear) {
  EXPECT_EQ(Phrases("I was persecuted because of my religion."),
            std::vector<std::string>{"persecut*"});
  EXPECT_EQ(Phrases("If I go home THEY WILL KILL ME."),
            std::vector<std::string>{"they will kill me"});
  EXPECT_EQ(Phrases("Please, I want to see the UN"),
            std::vector<std::string>{"want to see the un"});
  EXPECT_EQ(Phrases("I am afraid to return to my country"),
            std::vector<std::string>{"afraid to return"});
  EXPECT_EQ(Phrases("Я боюсь возвращаться домой, там меня убьют."),
            (std::vector<std::string>{"боюсь возвращаться", "меня убьют"}));
  EXPECT_EQ(Phrases("ХОЧУ ВИДЕТЬ ООН"), std::vector<std::string>{"хочу видеть оон"});
}

TEST(FearPhrases, NeedsWholeWordsUnlessThePhraseEndsWithAStar) {
  EXPECT_TRUE(Phrases("We saw the unicorn exhibition").empty());  // "see the un" is a whole word
  EXPECT_TRUE(Phrases("Мы были в Лондоне").empty());              // "оон" inside a word
  EXPECT_EQ(Phrases("Просим убежища"), std::vector<std::string>{"убежищ*"});
  EXPECT_EQ(Phrases("«Меня убьют»"), std::vector<std::string>{"меня убьют"});
}

TEST(FearPhrases, ReadsYoAsYe) {
  // Writers use е for ё; a phrase list written either way matches both.
  FearPhraseList list{"ru", "Русский", false, {"убьёт"}};
  EXPECT_EQ(FindFearExpressions("Он меня убьет", {list}).size(), 1u);
  EXPECT_EQ(FindFearExpressions("Он меня убьёт", {list}).size(), 1u);
}

TEST(FearPhrases, ExcerptShowsThePersonsOwnWordsAroundTheMatch) {
  const std::string statement =
      "We travelled for three weeks through the mountains with a guide and many others. "
      "I am AFRAID TO GO BACK because the militia burned our house and took my brother away. "
      "We only want to be safe.";
  const auto found = FindFearExpressions(statement, ShippedFearPhrases());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].language, "en");
  EXPECT_NE(found[0].excerpt.find("AFRAID TO GO BACK"), std::string::npos) << found[0].excerpt;
  EXPECT_EQ(found[0].excerpt.rfind("…", 0), 0u) << found[0].excerpt;
  EXPECT_LT(found[0].excerpt.size(), statement.size());
}

TEST(FearPhrases, NoPhraseNoMatch) {
  EXPECT_TRUE(Phrases("I came to visit my cousin and study at the university.").empty());
  EXPECT_TRUE(Phrases("").empty());
}

TEST(FearPhrases, BadListFileIsAnErrorNamingTheFile) {
  const auto bad = ParseFearPhraseList("fear-phrases-xx.json", R"({"language":"xx"})");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("fear-phrases-xx.json"), std::string::npos);
  EXPECT_FALSE(
      ParseFearPhraseList("f.json", R"({"language":"xx","reviewed":true,"phrases":[""]})").ok());
}

}  // namespace
}  // namespace verbatim::screening
