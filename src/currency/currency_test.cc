#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "currency/converter.h"
#include "currency/rate_import.h"
#include "currency/shipped_rates.h"
#include "store/rate_table.h"
#include "store/test_store.h"

namespace verbatim::currency {
namespace {

TEST(RateImport, ReadsFedSeriesAndSkipsTheMixedBolivar) {
  std::istringstream in(
      "Date,Country,Exchange rate\n2020-03-01,Euro,0.9053\n2020-04-01,Euro,0.9165\n"
      "2020-03-01,Venezuela,75000\n2020-05-01,Japan,\n");
  auto series = ParseRatesCsv(in, "fed.csv");
  ASSERT_TRUE(series.ok()) << series.status().message();
  EXPECT_EQ(series->series, "fed-h10-monthly");
  ASSERT_EQ(series->rows.size(), 2u);
  EXPECT_EQ(series->rows[0].currency, "EUR");
  EXPECT_EQ(series->rows[0].units_per_usd, "0.9053");
  ASSERT_EQ(series->skipped.size(), 1u);
  EXPECT_EQ(series->skipped[0].rfind("Venezuela:", 0), 0u);
}

TEST(RateImport, ReadsWorldBankRowsByCountryCurrency) {
  std::istringstream in(
      "\xEF\xBB\xBF" "Data Source,World Development Indicators,,\n\n"
      "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\"2020\",\n"
      "\"Afghanistan\",\"AFG\",\"Official exchange rate (LCU per US$, period average)\",\"PA.NUS.FCRF\",\"77.73794918\",\"76.81353644\",\n"
      "\"Germany\",\"DEU\",\"Official exchange rate (LCU per US$, period average)\",\"PA.NUS.FCRF\",\"0.89\",\"0.87\",\n"
      "\"Euro area\",\"EMU\",\"Official exchange rate (LCU per US$, period average)\",\"PA.NUS.FCRF\",\"0.89\",\"0.87\",\n");
  auto series = ParseRatesCsv(in, "wb.csv");
  ASSERT_TRUE(series.ok()) << series.status().message();
  EXPECT_EQ(series->series, "worldbank-annual");
  ASSERT_EQ(series->rows.size(), 2u);  // the euro comes from the finer H.10 series
  EXPECT_EQ(series->rows[1].currency, "AFN");
  EXPECT_EQ(series->rows[1].period_start, "2020-01-01");
}

TEST(RateImport, ErrorsNameTheFileAndLine) {
  std::istringstream bad("Date,Country,Exchange rate\n2020-03-01,Euro,0.9\n2020-04,Euro,0.9\n");
  auto r = ParseRatesCsv(bad, "fed.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind("fed.csv:3: ", 0), 0u) << r.status().message();
  std::istringstream unknown("a,b,c\n");
  EXPECT_FALSE(ParseRatesCsv(unknown, "x.csv").ok());
}

class ConverterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {}
  void SetUp() override {
    auto reports = EnsureShippedRates(db_.store(), std::filesystem::path(VERBATIM_SOURCE_DIR) / "data");
    ASSERT_TRUE(reports.ok()) << reports.status().message();
    ASSERT_EQ(reports->size(), 3u);
  }
  store::TestStore db_;
};

TEST_F(ConverterTest, UsesTheMonthlyFedRateOfThatMonth) {
  auto c = Convert(db_.store(), 100, "USD", "EUR", "2020-03-15");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_NEAR(c->amount, 90.53, 1e-9);
  EXPECT_EQ(c->rate_date, "2020-03-01");
  EXPECT_EQ(c->source, "EUR: fed-h10-monthly 2020-03");
}

TEST_F(ConverterTest, GoesThroughTheDollarWithTheWorldBankForTheAfghani) {
  auto c = Convert(db_.store(), 1000, "AFN", "EUR", "2020-06-10");
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c->legs.size(), 2u);
  EXPECT_EQ(c->legs[0].series, "worldbank-annual");
  EXPECT_NEAR(c->legs[0].units_per_usd, 76.81353644, 1e-9);
  EXPECT_EQ(c->legs[1].series, "fed-h10-monthly");
  EXPECT_NEAR(c->amount, 1000 / 76.81353644 * c->legs[1].units_per_usd, 1e-9);
  EXPECT_EQ(c->rate_date, "2020-01-01");
}

TEST_F(ConverterTest, DatesOutsideTheDataAndUnknownCodesAreClearErrors) {
  auto late = Convert(db_.store(), 1, "AFN", "USD", "2024-05-01");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(late.status().message().find("outside"), std::string::npos) << late.status().message();
  auto euro_too_early = Convert(db_.store(), 1, "EUR", "USD", "1995-01-01");
  EXPECT_EQ(euro_too_early.status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(Convert(db_.store(), 1, "DEM", "USD", "1995-01-01").ok());  // the mark, then
  EXPECT_EQ(Convert(db_.store(), 1, "XYZ", "USD", "2020-01-01").status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Convert(db_.store(), 1, "usd", "EUR", "2020-01-01").status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Convert(db_.store(), 1, "VES", "USD", "2020-01-01").status().code(), ErrorCode::kNotFound);
}

TEST_F(ConverterTest, ImportingTwiceChangesNothing) {
  auto txn = db_.store().Begin(store::Access::kRead);
  const auto before = *store::CountRates(**txn);
  txn->reset();
  ASSERT_TRUE(ImportRatesFile(db_.store(), std::filesystem::path(VERBATIM_SOURCE_DIR) /
                                               "data/exchange-rates/fed-h10-annual.csv").ok());
  auto again = db_.store().Begin(store::Access::kRead);
  EXPECT_EQ(*store::CountRates(**again), before);
  EXPECT_GT(before, 20000);
}

}  // namespace
}  // namespace verbatim::currency
