#include "http/body_limit.h"

#include <gtest/gtest.h>

namespace verbatim::http {
namespace {

Config Limits() {
  Config c;
  c.max_body_bytes = 1000;
  c.max_audio_bytes = 5000;
  return c;
}

TEST(BodyLimit, OnlyTheAudioUploadHasTheAudioLimit) {
  const Config c = Limits();
  EXPECT_EQ(BodyLimitFor(c, "POST", "/api/v1/transcribe"), 5000);
  EXPECT_EQ(BodyLimitFor(c, "POST", "/api/v1/transcribe/streams"), 1000);
  EXPECT_EQ(BodyLimitFor(c, "POST", "/api/v1/cases"), 1000);
  EXPECT_EQ(BodyLimitFor(c, "PUT", "/api/v1/transcribe"), 1000);
  EXPECT_EQ(LargestBodyLimit(c), 5000);
}

TEST(BodyLimit, RefusesADeclaredLengthPastTheRouteLimitNamingTheKey) {
  const Config c = Limits();
  EXPECT_FALSE(CheckBodyLimit(c, "POST", "/api/v1/cases", "1000", false));
  auto form = CheckBodyLimit(c, "POST", "/api/v1/cases", "1001", false);
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 413);
  EXPECT_NE(form->detail.find("max_body_bytes"), std::string::npos);
  EXPECT_FALSE(CheckBodyLimit(c, "POST", "/api/v1/transcribe", "5000", false));
  auto audio = CheckBodyLimit(c, "POST", "/api/v1/transcribe", "5001", false);
  ASSERT_TRUE(audio);
  EXPECT_NE(audio->detail.find("max_audio_bytes"), std::string::npos);
  EXPECT_NE(audio->detail.find("live stream"), std::string::npos);
}

TEST(BodyLimit, LeavesMalformedLengthsToHttplibAndRefusesChunkedBodiesOutsideTheUpload) {
  const Config c = Limits();
  EXPECT_FALSE(CheckBodyLimit(c, "POST", "/api/v1/cases", "12abc", false));
  EXPECT_FALSE(CheckBodyLimit(c, "GET", "/api/v1/cases", std::nullopt, false));
  auto chunked = CheckBodyLimit(c, "POST", "/api/v1/cases", std::nullopt, true);
  ASSERT_TRUE(chunked);
  EXPECT_EQ(chunked->status, 411);
  EXPECT_FALSE(CheckBodyLimit(c, "POST", "/api/v1/transcribe", std::nullopt, true));
  // With the audio limit no larger than the form limit, httplib's own limit is the route's.
  Config same = c;
  same.max_audio_bytes = 1000;
  EXPECT_FALSE(CheckBodyLimit(same, "POST", "/api/v1/cases", std::nullopt, true));
}

}  // namespace
}  // namespace verbatim::http
