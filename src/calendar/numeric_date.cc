#include "calendar/numeric_date.h"

#include "base/text.h"
#include "calendar/converter.h"
#include "calendar/name_text.h"

namespace verbatim::calendar {

Result<CalendarDate> ParseNumericDate(const std::string& text, CalendarId calendar) {
  const std::string s = Trim(AsciiDigits(text));
  int parts[3] = {0, 0, 0};
  int count = 0;
  int digits = 0;
  for (char c : s + "-") {
    if (c >= '0' && c <= '9' && digits < 6) {
      parts[count] = parts[count] * 10 + (c - '0');
      ++digits;
    } else if ((c == '-' || c == '/' || c == '.') && digits > 0 && count < 3) {
      ++count;
      digits = 0;
    } else {
      count = -1;
      break;
    }
  }
  if (count != 3) {
    return InvalidArgument("'" + text + "' is not a date: write YYYY-MM-DD, the year first and " +
                           "months counted from 1 in the " +
                           std::string(CalendarName(calendar)) + " calendar");
  }
  const CalendarDate date{calendar, parts[0], parts[1], parts[2]};
  if (Status s = Validate(date); !s.ok()) {
    return InvalidArgument("'" + text + "' is not a " +
                           std::string(CalendarName(calendar)) + " date: " + s.message());
  }
  return date;
}

}  // namespace verbatim::calendar
