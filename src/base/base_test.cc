#include <gtest/gtest.h>

#include "base/clock.h"
#include "base/crypto.h"
#include "base/json.h"
#include "base/result.h"
#include "base/text.h"

namespace verbatim {
namespace {

Result<int> Half(int n) {
  if (n % 2 != 0) return InvalidArgument("odd");
  return n / 2;
}

Result<int> Quarter(int n) {
  VB_ASSIGN_OR_RETURN(int half, Half(n));
  return Half(half);
}

TEST(Result, PropagatesTheFirstError) {
  EXPECT_EQ(*Quarter(8), 2);
  auto odd = Quarter(6);
  ASSERT_FALSE(odd.ok());
  EXPECT_EQ(odd.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(odd.status().message(), "odd");
}

TEST(Crypto, RandomHexHasTheRequestedEntropyAndDiffers) {
  const std::string a = RandomHex(16), b = RandomHex(16);
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, b);
}

TEST(Crypto, Sha256MatchesTheKnownVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Crypto, ConstantTimeEqualsComparesContent) {
  EXPECT_TRUE(ConstantTimeEquals("same", "same"));
  EXPECT_FALSE(ConstantTimeEquals("same", "sane"));
  EXPECT_FALSE(ConstantTimeEquals("same", "same+"));
}

TEST(Text, FoldsCaseInEveryScriptWithoutTouchingArabic) {
  EXPECT_EQ(FoldForSearch("ÖZTÜRK"), "öztürk");
  EXPECT_EQ(FoldForSearch("ЖАМШИД"), "жамшид");
  EXPECT_EQ(FoldForSearch("Straße"), "strasse");
  EXPECT_EQ(FoldForSearch("محمد"), "محمد");
}

TEST(Text, ValidatesUtf8) {
  EXPECT_TRUE(IsValidUtf8("ሰላም"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));       // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));   // surrogate
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x82"));    // truncated
}

TEST(Text, TrimsUnicodeSpace) {
  EXPECT_EQ(Trim("\u00a0 Ahmad \u2003"), "Ahmad");
  EXPECT_EQ(Trim("   "), "");
}

TEST(Clock, FormatsRfc3339InUtc) {
  EXPECT_EQ(FormatRfc3339(FromUnixMicros(1'700'000'000'123'456)), "2023-11-14T22:13:20.123Z");
}

TEST(Clock, ManualClockMovesOnlyWhenTold) {
  ManualClock clock(FromUnixMicros(0));
  clock.Advance(std::chrono::minutes(90));
  EXPECT_EQ(ToUnixMicros(clock.Now()), 90LL * 60 * 1'000'000);
}

TEST(Json, ParseErrorNamesLineAndColumn) {
  auto bad = ParseJson("{\n  \"a\": ,\n}");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("line 2"), std::string::npos) << bad.status().message();
}

}  // namespace
}  // namespace verbatim
