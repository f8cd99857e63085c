// Places, actors and periods in what applicants say (AS-5), with real sentences.
#include "coi/extract.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "calendar/converter.h"
#include "coi/gazetteer.h"
#include "coi/russian_forms.h"
#include "coi/gazetteer_csv.h"
#include "coi/gazetteer_data.h"

namespace verbatim::coi {
namespace {

using calendar::Day;
using namespace std::chrono;

const Day kToday = sys_days{year{2026} / November / 22};

std::string Iso(Day d) { return calendar::IsoDay(d); }

std::vector<std::string> PlaceNames(const Statement& s) {
  std::vector<std::string> out;
  for (const auto& p : s.places) out.push_back(p.name + "/" + p.country);
  return out;
}

std::vector<std::string> PlacesIn(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : ExtractStatements(text, kToday)) {
    for (const auto& p : PlaceNames(s)) out.push_back(p);
  }
  return out;
}

TEST(Gazetteer, ShippedDataLoads) {
  EXPECT_GT(Gazetteer::Shipped().size(), 35000u);
  EXPECT_EQ(Gazetteer::Shipped().CountryName("AF"), "Afghanistan");
  EXPECT_GT(ActorList::Shipped().actors().size(), 20u);
}

TEST(Gazetteer, FindsCitiesRegionsAndCountriesInRealSentences) {
  auto statements = ExtractStatements(
      "I was born in Ghazni and moved to Herat with my uncle before we crossed into Iran.", kToday);
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(PlaceNames(statements[0]),
            (std::vector<std::string>{"Ghazni/AF", "Herāt/AF", "Iran/IR"}));
  EXPECT_EQ(statements[0].places[1].matched, "Herat");
  EXPECT_EQ(statements[0].places[2].kind, PlaceKind::kCountry);
}

TEST(Gazetteer, PrefersTheLongestNameAndJoinsHyphenatedSpellings) {
  EXPECT_EQ(PlacesIn("We stayed two weeks in Mazar-e-Sharif."),
            (std::vector<std::string>{"Mazār-e Sharīf/AF"}));
  EXPECT_EQ(PlacesIn("They took him to Dayr Hafir, near Aleppo."),
            (std::vector<std::string>{"Dayr Ḩāfir/SY", "Aleppo/SY"}));
}

TEST(Gazetteer, CommonWordsAndLowerCaseAreNotPlaces) {
  // "Police" (Poland), "March" (UK), "Of" (Türkiye), "Young" (Uruguay) are GeoNames cities.
  EXPECT_TRUE(PlacesIn("Police came in March and took the young men of the village.").empty());
  EXPECT_TRUE(PlacesIn("the ghazni road").empty());
  EXPECT_TRUE(PlacesIn("Hit me, they said.").empty());
}

TEST(Gazetteer, NarrowsASharedNameToTheCountryTheTextNames) {
  // "Hyderabad" is a city in India and in Pakistan.
  auto both = PlacesIn("My brother worked in Hyderabad.");
  EXPECT_GE(both.size(), 2u);
  EXPECT_EQ(PlacesIn("My brother worked in Hyderabad, in Pakistan."),
            (std::vector<std::string>{"Hyderabad/PK", "Pakistan/PK"}));
}

TEST(Gazetteer, ReadsCountryNamesInArabicAndRussian) {
  // data/codes carries the UN Arabic and Russian names of every country.
  EXPECT_EQ(PlacesIn("هربت من أفغانستان إلى إيران"),
            (std::vector<std::string>{"أفغانستان/AF", "إيران/IR"}));
  EXPECT_EQ(PlacesIn("Я уехал из Таджикистан"), (std::vector<std::string>{"Таджикистан/TJ"}));
}

TEST(Gazetteer, ReadsCyrillicCityNamesThroughTheirTransliteration) {
  // The GeoNames extract has Latin names only; a Cyrillic word matches the name it
  // transliterates to.
  EXPECT_EQ(PlacesIn("Мы жили в Кабул, потом в Алеппо."),
            (std::vector<std::string>{"Kabul/AF", "Aleppo/SY"}));
}

TEST(Gazetteer, ReadsRussianCaseFormsOfPlaceNames) {
  // AS-5: Russian, a working language at the Central Asian borders, declines place names:
  // "в Кабуле" (prepositional), "из Кабула" (genitive), "Москвой" (instrumental).
  EXPECT_EQ(PlacesIn("Брата задержали в Кабуле, потом увезли из Алеппо."),
            (std::vector<std::string>{"Kabul/AF", "Aleppo/SY"}));
  EXPECT_EQ(PlacesIn("Я уехал из Кабула, а брат остался в Кундузе с Талибаном."),
            (std::vector<std::string>{"Kabul/AF", "Kunduz/AF"}));
  EXPECT_EQ(PlacesIn("Мы бежали из Афганистана в Иран, потом в Турцию."),
            (std::vector<std::string>{"Афганистан/AF", "Иран/IR", "Турция/TR"}));
  EXPECT_EQ(PlacesIn("Он работал в Таджикистане."), (std::vector<std::string>{"Таджикистан/TJ"}));
  // Short words and lower case are never read as places.
  EXPECT_TRUE(PlacesIn("Потом пришли люди. Сначала было тихо, Мамы не было.").empty());
  EXPECT_TRUE(PlacesIn("задержали в кабуле").empty());
}

TEST(RussianBaseForms, GivesTheNominativesACaseEndingMayComeFrom) {
  EXPECT_EQ(RussianBaseForms("Кабуле"), (std::vector<std::string>{"Кабул", "Кабула"}));
  EXPECT_EQ(RussianBaseForms("Москвы"), (std::vector<std::string>{"Москва"}));
  EXPECT_EQ(RussianBaseForms("Сирией"), (std::vector<std::string>{"Сирия"}));
  EXPECT_EQ(RussianBaseForms("Кабулом"), (std::vector<std::string>{"Кабул"}));
  EXPECT_TRUE(RussianBaseForms("Кабул").empty());
  EXPECT_TRUE(RussianBaseForms("Дома").empty());
}


std::string Places(std::string_view text) {
  std::string out;
  for (const auto& p : PlacesIn(text)) out += (out.empty() ? "" : " ") + p;
  return out;
}

// AS-5: officers paste interpreter text in the applicant's script; the cities of the COI
// countries are found in it (data/gazetteer/original-script-names.csv).
TEST(OriginalScript, ShippedNamesBuildAndAddToTheGazetteer) {
  auto without = Gazetteer::Build(gazetteer_data::CitiesCsv(), gazetteer_data::CountriesCsv(),
                                  gazetteer_data::CommonWords());
  auto with = Gazetteer::Build(gazetteer_data::CitiesCsv(), gazetteer_data::CountriesCsv(),
                               gazetteer_data::CommonWords(), gazetteer_data::OriginalScriptCsv());
  ASSERT_TRUE(without.ok()) << without.status().message();
  ASSERT_TRUE(with.ok()) << with.status().message();
  EXPECT_GT(with->size(), without->size() + 300);
  EXPECT_EQ(Gazetteer::Shipped().size(), with->size());
}

TEST(OriginalScript, EveryShippedNameFindsItsGeoNamesCity) {
  auto cities = ParseCsv(gazetteer_data::CitiesCsv(), "cities");
  auto names = ParseCsv(gazetteer_data::OriginalScriptCsv(), "names");
  ASSERT_TRUE(cities.ok() && names.ok());
  std::map<std::string, std::string> latin_of_id;
  for (const auto& row : *cities) latin_of_id[row[3]] = row[0];
  ASSERT_GT(names->size(), 380u);
  for (std::size_t r = 1; r < names->size(); ++r) {
    const auto& row = (*names)[r];
    const auto words = Words(row[1]);
    const auto found = Gazetteer::Shipped().Find(words);
    ASSERT_EQ(found.size(), 1u) << row[1];
    EXPECT_EQ(found[0].word_count, words.size()) << row[1];
    const bool has = std::any_of(found[0].places.begin(), found[0].places.end(),
                                 [&](const Place& p) { return p.name == latin_of_id[row[0]]; });
    EXPECT_TRUE(has) << row[1] << " should be " << latin_of_id[row[0]];
  }
}

TEST(OriginalScript, FindsCitiesInStatementsOfEachLanguage) {
  const std::pair<const char*, const char*> cases[] = {
      // Dari
      {"طالبان برادرم را در کابل گرفتند", "Kabul/AF"},
      {"ما از مزارشریف به هرات رفتیم", "Mazār-e Sharīf/AF Herāt/AF"},
      // Pashto
      {"زه په لښکرګاه کې اوسېدم او بیا پېښور ته لاړم", "Lashkar Gāh/AF Peshawar/PK"},
      // Persian (Iran)
      {"در اصفهان دستگیر شدم و به زندان اوین در تهران بردند", "Isfahan/IR Tehran/IR"},
      // Arabic
      {"اعتقلوا أخي في الموصل", "Mosul/IQ"},
      {"هربنا من دير الزور إلى القامشلي", "Deir ez-Zor/SY Al Qāmishlī/SY"},
      {"عشت في صنعاء ثم في عدن", "Sanaa/YE Aden/YE"},
      {"ولدت في طرابلس في ليبيا", "Tripoli/LY ليبيا/LY"},
      {"قتل والدي في الفاشر", "El Fasher/SD"},
      {"جاء رجال الشباب إلى بيتنا في مقديشو", "Mogadishu/SO"},
      // Sorani Kurdish
      {"لە هەولێر دەژیام", "Erbil/IQ"},
      // Urdu
      {"میں لاہور سے کراچی گیا", "Lahore/PK Karachi/PK"},
      // Tigrinya and Amharic
      {"ኣብ ኣስመራ ተኣሲረ ነይረ", "Asmara/ER"},
      {"አዲስ አበባ ውስጥ ታሰርኩ", "Addis Ababa/ET"},
      {"ቤተሰቤ ደሴ ይኖራል", "Dessie/ET"},
      // Georgian (no capitals in running text) and Armenian
      {"მისამართი: თბილისი, ვაკე", "Tbilisi/GE"},
      {"Ես ապրում էի Երևան քաղաքում", "Yerevan/AM"},
  };
  for (const auto& [text, places] : cases) EXPECT_EQ(Places(text), places) << text;
}

TEST(OriginalScript, FoldsTheSpellingsOfArabicPersianPashtoAndUrdu) {
  const std::pair<const char*, const char*> cases[] = {
      {"كابل", "Kabul/AF"},                     // Arabic kaf
      {"کابل", "Kabul/AF"},                     // Persian keheh
      {"كَابُل", "Kabul/AF"},                     // harakat
      {"کـابـل", "Kabul/AF"},                   // tatweel
      {"غزني", "Ghazni/AF"},                    // Arabic yeh
      {"غزنی", "Ghazni/AF"},                    // Persian yeh
      {"غزنى", "Ghazni/AF"},                    // alef maksura
      {"البصرة", "Basrah/IQ"},                  // teh marbuta
      {"البصره", "Basrah/IQ"},                  // heh
      {"إدلب", "Idlib/SY"},                     // alef with hamza below
      {"ادلب", "Idlib/SY"},                     // bare alef
      {"ٱدلب", "Idlib/SY"},                     // alef wasla
      {"جلال‌آباد", "Jalālābād/AF"},  // ZWNJ
      {"جلال آباد", "Jalālābād/AF"},            // space
      {"جلالآباد", "Jalālābād/AF"},             // joined
      {"لاہور", "Lahore/PK"},                   // Urdu heh goal
      {"لاهور", "Lahore/PK"},
      {"کوئٹہ", "Quetta/PK"},
      {"كربلاء", "Karbala/IQ"},  // standalone hamza
      {"کربلا", "Karbala/IQ"},
      {"Երեւան", "Yerevan/AM"},  // ե+ւ for the ligature և
  };
  for (const auto& [text, places] : cases) EXPECT_EQ(Places(text), places) << text;
}

TEST(OriginalScript, StripsTheParticlesArabicAttachesAndNothingElse) {
  EXPECT_EQ(Places("سكنا بالموصل"), "Mosul/IQ");                // ب + ال
  EXPECT_EQ(Places("ذهبت إلى حمص وكابل"), "Homs/SY Kabul/AF");  // و
  EXPECT_EQ(Places("سافرنا للموصل"), "Mosul/IQ");               // ل + ال, alef elided
  EXPECT_EQ(Places("كنا وبحلب"), "Aleppo/SY");                  // و + ب
  EXPECT_EQ(Places("ولدت بدير الزور وعشت بأم درمان"), "Deir ez-Zor/SY Omdurman/SD");
  // A word that is itself a name is not cut: لبنان is Lebanon, not ل + "بنان".
  EXPECT_EQ(Places("هربنا إلى لبنان"), "لبنان/LB");
  // A word that merely contains a name is no place.
  EXPECT_EQ(Places("سرقوا الكابلات"), "");    // cables
  EXPECT_EQ(Places("ابن عمي التهراني"), "");  // a surname
  EXPECT_EQ(Places("رجل بغدادي"), "");        // "from Baghdad"
  EXPECT_EQ(Places("كان الحلبي هناك"), "");
  // The article alone is never stripped: "المشهد" is "the scene", not Mashhad.
  EXPECT_EQ(Places("رأيت المشهد كله"), "");
  EXPECT_EQ(Places("در مشهد زندگی می‌کردیم"), "Mashhad/IR");
  // Names that are also common words are left out of the list ("مردان" Mardan is "men").
  EXPECT_EQ(Places("مردان مسلح آمدند"), "");
}

TEST(OriginalScript, ASharedNameIsNarrowedLikeALatinOne) {
  // حیدرآباد is Hyderabad in Pakistan and in India, as the Latin name is.
  EXPECT_EQ(Places("حیدرآباد"), "Hyderabad/PK Hyderabad/IN");
  EXPECT_EQ(Places("عشت في حيدر آباد في باكستان"), "Hyderabad/PK باكستان/PK");
}

TEST(OriginalScript, BrokenRowsAreClearErrors) {
  const std::string cities = "name,country,subcountry,geonameid\nKabul,Afghanistan,Kabul,1138958\n";
  const std::string countries = "ISO3166-1-Alpha-2,CLDR display name\nAF,Afghanistan\n";
  auto build = [&](const std::string& rows) {
    return Gazetteer::Build(cities, countries, "", "geonameid,name,script,language\n" + rows);
  };
  ASSERT_TRUE(build("1138958,کابل,Arab,prs\n").ok());
  auto unknown = build("1138958,کابل,Arab,prs\n99,کابل,Arab,prs\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().message(),
            "data/gazetteer/original-script-names.csv: record 3: geonameid 99 is not a city of "
            "world-cities-geonames-15000.csv");
  auto script = build("1138958,Kabul,Arab,prs\n");
  ASSERT_FALSE(script.ok());
  EXPECT_NE(script.status().message().find("record 2: \"Kabul\" is not written in script Arab"),
            std::string::npos);
  EXPECT_FALSE(build("1138958,کابل,Arab\n").ok());
  EXPECT_FALSE(Gazetteer::Build(cities, countries, "", "id,name\n1138958,کابل\n").ok());
}

TEST(Actors, FindsActorsByNameAliasAndScript) {
  auto s =
      ExtractStatements("In 2019 the Taliban took my father from our house in Ghazni.", kToday);
  ASSERT_EQ(s.size(), 1u);
  ASSERT_EQ(s[0].actors.size(), 1u);
  EXPECT_EQ(s[0].actors[0].actor->name, "Taliban");
  EXPECT_EQ(s[0].actors[0].actor->source, "data/coi/us-dos/us-dos-2024-afghanistan.txt");

  auto names = [](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& st : ExtractStatements(text, kToday)) {
      for (const auto& a : st.actors) out.push_back(a.actor->name + "=" + a.matched);
    }
    return out;
  };
  EXPECT_EQ(names("Men from Hezbollah and al-Shabab came."),
            (std::vector<std::string>{"Hizballah=Hezbollah", "al-Shabaab=al-Shabab"}));
  EXPECT_EQ(names("ISIS-K attacked the school. Later the Islamic State Khorasan Province said so."),
            (std::vector<std::string>{"ISIS-K=ISIS-K", "ISIS-K=Islamic State Khorasan Province"}));
  EXPECT_EQ(names("جاء رجال من داعش وطالبان"), (std::vector<std::string>{"ISIS=داعش"}));
  EXPECT_EQ(names("Боевики Хезболла пришли ночью."),
            (std::vector<std::string>{"Hizballah=Хезболла"}));
  // Abbreviations count only in capitals: "adf" or "Saf" are not actors.
  EXPECT_TRUE(names("the saf and the rsf were words").empty());
  EXPECT_EQ(names("The RSF shelled the market."),
            (std::vector<std::string>{"Rapid Support Forces=RSF"}));
}

TEST(Periods, ReadYearsMonthsSeasonsAndOtherCalendars) {
  struct Case {
    const char* text;
    const char* matched;
    const char* from;
    const char* to;
  };
  const Case cases[] = {
      {"They came in 2019.", "2019", "2019-01-01", "2019-12-31"},
      {"It was in March 2019, before the election.", "March 2019", "2019-03-01", "2019-03-31"},
      {"I left on 15 Hamal 1398 with my cousin.", "15 Hamal 1398", "2019-04-04", "2019-04-04"},
      {"We fled in Hamal 1398.", "Hamal 1398", "2019-03-21", "2019-04-20"},
      {"در بهار ۱۳۹۸ طالبان آمدند", "بهار ۱۳۹۸", "2019-03-21", "2019-06-21"},
      {"They arrested him in spring 2019.", "spring 2019", "2019-03-01", "2019-05-31"},
      {"My father died in 1398.", "1398", "2019-03-21", "2020-03-19"},
      {"It happened in Ramadan 1440.", "Ramadan 1440", "2019-05-06", "2019-06-03"},
      {"That was 1440 AH.", "1440 AH", "2018-09-11", "2019-08-30"},
      {"On 2021-08-15 Kabul fell.", "2021-08-15", "2021-08-15", "2021-08-15"},
  };
  for (const Case& c : cases) {
    auto periods = FindPeriods(c.text, kToday);
    ASSERT_EQ(periods.size(), 1u) << c.text;
    EXPECT_EQ(periods[0].matched, c.matched) << c.text;
    EXPECT_EQ(Iso(periods[0].range.first), c.from) << c.text;
    EXPECT_EQ(Iso(periods[0].range.last), c.to) << c.text;
  }
}

TEST(Periods, NumbersThatCountThingsAreNotYears) {
  EXPECT_TRUE(FindPeriods("I paid the smuggler 2000 dollars.", kToday).empty());
  EXPECT_TRUE(FindPeriods("We walked 120 km and then 12 more.", kToday).empty());
  EXPECT_TRUE(FindPeriods("Room 9999 of the hotel.", kToday).empty());
  auto two = FindPeriods("From 2018 to 2020 I worked for the police.", kToday);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(Iso(two[1].range.last), "2020-12-31");
}

TEST(Statements, SplitIntoSentencesAndKeepOnlyThoseThatNameSomething) {
  auto s = ExtractStatements(
      "I am a farmer. In 2019 the Taliban came to Ghazni! They burned our house.\n"
      "Then we went to Quetta؟",
      kToday);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].text, "In 2019 the Taliban came to Ghazni!");
  EXPECT_EQ(s[1].text, "Then we went to Quetta؟");
  EXPECT_EQ(PlaceNames(s[1]), (std::vector<std::string>{"Quetta/PK"}));
}

TEST(Gazetteer, BrokenDataIsAClearError) {
  auto bad = Gazetteer::Build("name,country,subcountry,geonameid\n\"Kabul,Afghanistan\n",
                              "ISO3166-1-Alpha-2,CLDR display name\nAF,Afghanistan\n", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("world-cities-geonames-15000.csv:2"), std::string::npos);
  EXPECT_FALSE(ActorList::Parse("{\"actors\":[{\"name\":\"X\"}]}").ok());
}

}  // namespace
}  // namespace verbatim::coi
