#include "tasks/deadline_json.h"

namespace verbatim::tasks {

Json DeadlineToJson(const Deadline& deadline) {
  Json skipped = Json::array();
  for (const auto& h : deadline.skipped_holidays) {
    skipped.push_back({{"date", FormatIsoDate(h.date)}, {"name", h.name}});
  }
  return {{"profile", deadline.profile},
          {"from", FormatIsoDate(deadline.from)},
          {"working_days", deadline.working_days},
          {"due", FormatIsoDate(deadline.due)},
          {"skipped_holidays", std::move(skipped)}};
}

}  // namespace verbatim::tasks
