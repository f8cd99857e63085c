#pragma once

#include "base/json.h"
#include "tasks/working_days.h"

namespace verbatim::tasks {

/// {"profile","from","working_days","due","skipped_holidays":[{"date","name"}]}, dates as
/// "YYYY-MM-DD": the form of `verbatim deadline --json` (docs/deadlines.md).
Json DeadlineToJson(const Deadline& deadline);

}  // namespace verbatim::tasks
