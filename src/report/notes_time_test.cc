#include "report/notes_time.h"

#include <gtest/gtest.h>

namespace verbatim::report {
namespace {

using namespace std::chrono;

TimePoint Utc(int h, int m, int s = 0) {
  return TimePoint(sys_days(year{2026} / 11 / 23) + hours(h) + minutes(m) + seconds(s));
}

TEST(NotesTime, ShowsTimesInThePlannedStartsOffset) {
  const NotesTime time = NotesTime::FromPlannedStart("2026-11-23T09:00:00+01:00");
  EXPECT_EQ(time.Clock(Utc(8, 2, 59)), "09:02");
  EXPECT_EQ(time.ZoneName(), "UTC+01:00");
  ASSERT_TRUE(time.planned_start());
  EXPECT_EQ(*time.planned_start(), Utc(8, 0));
}

TEST(NotesTime, DateFollowsTheOffsetAcrossMidnight) {
  const NotesTime time = NotesTime::FromPlannedStart("2026-11-23T09:00:00.000-05:30");
  EXPECT_EQ(time.Date(Utc(2, 0)), "22 November 2026");
  EXPECT_EQ(time.Clock(Utc(2, 0)), "20:30");
  EXPECT_EQ(time.ZoneName(), "UTC-05:30");
}

TEST(NotesTime, WithoutAnOffsetShowsUtc) {
  for (const char* planned : {"", "2026-11-23T09:00:00Z", "23/11/2026 09:00", "2026-11-23T09:00"}) {
    const NotesTime time = NotesTime::FromPlannedStart(planned);
    EXPECT_EQ(time.ZoneName(), "UTC") << planned;
    EXPECT_EQ(time.Clock(Utc(8, 2)), "08:02") << planned;
  }
}

TEST(NotesTime, CH_12_4_DurationAgreesWithThePrintedTimes) {
  // 09:02:50 to 12:47:10 is printed 09:02 to 12:47: 3 h 45 min, as a reader would work it out.
  EXPECT_EQ(NotesTime::Between(Utc(9, 2, 50), Utc(12, 47, 10)), minutes(225));
  EXPECT_EQ(FormatDuration(minutes(225)), "3 h 45 min");
  EXPECT_EQ(FormatDuration(minutes(240)), "4 h");
  EXPECT_EQ(FormatDuration(minutes(15)), "15 min");
}

}  // namespace
}  // namespace verbatim::report
