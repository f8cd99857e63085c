#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "base/clock.h"
#include "base/result.h"
#include "referral/group.h"
#include "store/store.h"

namespace verbatim::referral {

/// What a fast group registration gives (POST /api/v1/groups).
struct NewGroup {
  std::string kind;  // family | group
  std::string location;
  std::string note;
  std::vector<GroupMember> members;
};

/// Group registration in a mass influx (UN-8), for border officers and supervisors. Every call
/// is audited. Thread-safe.
class GroupService {
 public:
  GroupService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<Group> Create(const auth::Principal& who, const NewGroup& group);
  /// Newest first, without members.
  Result<std::vector<Group>> List(const auth::Principal& who, int limit);
  Result<Group> Get(const auth::Principal& who, const std::string& id);
  /// Appends members after the last one.
  Result<Group> AddMembers(const auth::Principal& who, const std::string& id,
                           const std::vector<GroupMember>& members);
  /// Records group status determination ("group_status") or temporary protection
  /// ("temporary_protection") for the whole group.
  Result<Group> Determine(const auth::Principal& who, const std::string& id, const std::string& kind,
                          const std::string& note);
  /// Records another decision for the whole group: admission, asylum_procedure or referral_only.
  /// A return or refusal of entry is FailedPrecondition (409): non-refoulement applies to every
  /// member (UN-8), and nothing is written.
  Result<Group> Decide(const auth::Principal& who, const std::string& id, const std::string& kind,
                       const std::string& note);
  /// The group as CSV, audited as an export.
  Result<std::string> ExportCsv(const auth::Principal& who, const std::string& id);

 private:
  Result<Group> Load(store::Transaction& txn, const std::string& id);
  Result<Group> Record(const auth::Principal& who, const std::string& id, const std::string& kind,
                       const std::string& note, const char* action);
  Status Audit(const auth::Principal& who, const std::string& action, const std::string& object,
               const char* outcome);

  store::Store& store_;
  const Clock& clock_;
};

}  // namespace verbatim::referral
