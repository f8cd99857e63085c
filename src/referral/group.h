#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/json.h"
#include "base/result.h"

namespace verbatim::referral {

/// One person of a group registered in a mass influx (UN-8): minimal data only.
struct GroupMember {
  int seq = 0;  // 1, 2, … in the order registered
  std::string name;
  std::string sex;  // female | male | other | unknown
  std::optional<int> approximate_age;
  std::string nationality;  // ISO 3166-1 alpha-2, "" when unknown
  std::vector<std::string> specific_needs;  // UN-5 names, as the Annex 1 form's specific_needs
};

/// A determination or other decision recorded for the whole group.
struct GroupDecision {
  std::string id;
  std::string kind;
  std::string note;
  TimePoint at;
  std::string by;
};

/// A family or other group (UN-8). Non-refoulement applies to every member.
struct Group {
  std::string id;
  std::string kind;  // family | group
  std::string location;
  std::string note;
  TimePoint created_at;
  std::string created_by;
  int member_count = 0;
  std::vector<GroupMember> members;      // empty in lists
  std::vector<GroupDecision> decisions;  // oldest first; empty in lists
  /// The latest group_status or temporary_protection decision, if any.
  std::optional<GroupDecision> determination;
};

/// Reads the members of a request ({"name","sex","approximate_age","nationality",
/// "specific_needs"}); InvalidArgument naming the member ("members[3].sex") and what is allowed.
Result<std::vector<GroupMember>> MembersFromJson(const Json& members);
/// The API's form of a group; `with_detail` adds members and decisions.
Json GroupToJson(const Group& group, bool with_detail);
/// The group as CSV (RFC 4180: CRLF line ends, fields quoted where needed, UTF-8 without a byte
/// order mark), a header and one row per member.
std::string GroupToCsv(const Group& group);
/// One field quoted as RFC 4180 requires; one that a spreadsheet would run as a formula (it
/// begins with = + - @, a tab or a CR) is kept as text with a leading apostrophe.
std::string CsvField(const std::string& value);

}  // namespace verbatim::referral
