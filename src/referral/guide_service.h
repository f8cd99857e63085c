#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "base/clock.h"
#include "base/result.h"
#include "referral/guide.h"
#include "store/store.h"

namespace verbatim::referral {

/// One line of the list of guides.
struct GuideSummary {
  std::string country;
  bool example = false;
  std::string maintained_by;
  std::string last_updated;
};

/// The National Reference Guides in the store (UN-7). Thread-safe; holds no state of its own.
class GuideService {
 public:
  GuideService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::vector<GuideSummary>> List();
  /// NotFound naming the country when there is no guide for it.
  Result<Guide> Get(const std::string& country);
  /// Replaces the guide of `guide.country` (an admin's edit): its last_updated becomes today.
  /// InvalidArgument when an agency id belongs to another country's guide. Audited.
  Result<Guide> Save(const auth::Principal& who, Guide guide);
  /// Stores a guide as its document dates it (an import); otherwise as Save.
  Result<Guide> Import(const auth::Principal& who, Guide guide);

 private:
  Result<Guide> Write(const auth::Principal& who, Guide guide, const char* action);

  store::Store& store_;
  const Clock& clock_;
};

/// Today's date in UTC, YYYY-MM-DD.
std::string TodayIso(const Clock& clock);

}  // namespace verbatim::referral
