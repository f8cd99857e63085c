#include "referral/group_service.h"

#include "audit/audit_log.h"
#include "base/crypto.h"
#include "base/text.h"
#include "store/group_table.h"

namespace verbatim::referral {
namespace {

constexpr std::size_t kMaxText = 2000;

Status CheckText(const char* field, const std::string& value) {
  if (!IsValidUtf8(value)) return InvalidArgument(std::string(field) + " is not valid UTF-8.");
  if (value.size() > kMaxText) {
    return InvalidArgument(std::string(field) + " is longer than " + std::to_string(kMaxText) + " bytes.");
  }
  return Status::Ok();
}

std::vector<store::GroupMemberRow> Rows(const std::vector<GroupMember>& members, std::int64_t at,
                                        const std::string& by) {
  std::vector<store::GroupMemberRow> rows;
  for (const GroupMember& m : members) {
    rows.push_back({"", 0, m.name, m.sex,
                    m.approximate_age ? std::optional<std::int64_t>(*m.approximate_age) : std::nullopt,
                    m.nationality, Json(m.specific_needs).dump(), at, by});
  }
  return rows;
}

bool IsDetermination(const std::string& kind) {
  return kind == "group_status" || kind == "temporary_protection";
}

}  // namespace

Status GroupService::Audit(const auth::Principal& who, const std::string& action,
                           const std::string& object, const char* outcome) {
  return audit::AppendNow(store_, clock_, {who.username, std::string(auth::RoleName(who.role)), action,
                                           object, who.remote, outcome});
}

Result<Group> GroupService::Load(store::Transaction& txn, const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto row, store::FindGroup(txn, id));
  if (!row) return NotFound("There is no group with the id '" + id + "'.");
  Group g{row->id, row->kind, row->location, row->note, FromUnixMicros(row->created_at),
          row->created_by, static_cast<int>(row->member_count), {}, {}, std::nullopt};
  VB_ASSIGN_OR_RETURN(auto members, store::ListGroupMembers(txn, id));
  for (const auto& m : members) {
    GroupMember member{static_cast<int>(m.seq), m.name, m.sex,
                       m.approximate_age ? std::optional<int>(static_cast<int>(*m.approximate_age))
                                         : std::nullopt,
                       m.nationality, {}};
    auto needs = ParseJson(m.specific_needs_json);
    if (!needs.ok() || !needs->is_array()) return Internal("a stored member's specific needs are not a JSON array");
    for (const auto& n : *needs) member.specific_needs.push_back(n.get<std::string>());
    g.members.push_back(std::move(member));
  }
  VB_ASSIGN_OR_RETURN(auto decisions, store::ListGroupDecisions(txn, id));
  for (const auto& d : decisions) {
    GroupDecision decision{d.id, d.kind, d.note, FromUnixMicros(d.decided_at), d.decided_by};
    if (IsDetermination(d.kind)) g.determination = decision;
    g.decisions.push_back(std::move(decision));
  }
  return g;
}

Result<Group> GroupService::Create(const auth::Principal& who, const NewGroup& n) {
  if (n.kind != "family" && n.kind != "group") {
    return InvalidArgument("kind '" + n.kind + "' is not one of family, group.");
  }
  const std::string location = Trim(n.location);
  if (location.empty()) return InvalidArgument("location is required: where the group was met.");
  VB_RETURN_IF_ERROR(CheckText("location", location));
  VB_RETURN_IF_ERROR(CheckText("note", n.note));
  if (n.members.empty()) return InvalidArgument("members must name at least one person.");
  const std::int64_t now = ToUnixMicros(clock_.Now());
  const std::string id = RandomHex(16);
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
    VB_RETURN_IF_ERROR(store::InsertGroup(*txn, {id, n.kind, location, Trim(n.note), now, who.username, 0}));
    VB_RETURN_IF_ERROR(store::AppendGroupMembers(*txn, id, Rows(n.members, now, who.username)).status());
    VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                     {who.username, std::string(auth::RoleName(who.role)),
                                      "group.create", "group:" + id, who.remote, "ok"}));
    VB_RETURN_IF_ERROR(txn->Commit());
  }
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
  return Load(*txn, id);
}

Result<std::vector<Group>> GroupService::List(const auth::Principal& who, int limit) {
  std::vector<Group> out;
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    VB_ASSIGN_OR_RETURN(auto rows, store::ListGroups(*txn, limit));
    for (const auto& r : rows) {
      out.push_back({r.id, r.kind, r.location, r.note, FromUnixMicros(r.created_at), r.created_by,
                     static_cast<int>(r.member_count), {}, {}, std::nullopt});
    }
  }
  VB_RETURN_IF_ERROR(Audit(who, "group.list", "groups", "ok"));
  return out;
}

Result<Group> GroupService::Get(const auth::Principal& who, const std::string& id) {
  Result<Group> g = NotFound("");
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    g = Load(*txn, id);
  }
  if (!g.ok()) return g.status();
  VB_RETURN_IF_ERROR(Audit(who, "group.read", "group:" + id, "ok"));
  return g;
}

Result<Group> GroupService::AddMembers(const auth::Principal& who, const std::string& id,
                                       const std::vector<GroupMember>& members) {
  if (members.empty()) return InvalidArgument("members must name at least one person.");
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
    VB_ASSIGN_OR_RETURN(auto row, store::LockGroup(*txn, id));
    if (!row) return NotFound("There is no group with the id '" + id + "'.");
    VB_RETURN_IF_ERROR(store::AppendGroupMembers(*txn, id, Rows(members, ToUnixMicros(clock_.Now()),
                                                                who.username))
                           .status());
    VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                     {who.username, std::string(auth::RoleName(who.role)),
                                      "group.members", "group:" + id, who.remote, "ok"}));
    VB_RETURN_IF_ERROR(txn->Commit());
  }
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
  return Load(*txn, id);
}

Result<Group> GroupService::Record(const auth::Principal& who, const std::string& id,
                                   const std::string& kind, const std::string& note, const char* action) {
  VB_RETURN_IF_ERROR(CheckText("note", note));
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kWrite));
    VB_ASSIGN_OR_RETURN(auto row, store::LockGroup(*txn, id));
    if (!row) return NotFound("There is no group with the id '" + id + "'.");
    VB_RETURN_IF_ERROR(store::InsertGroupDecision(
        *txn, {RandomHex(16), id, kind, Trim(note), ToUnixMicros(clock_.Now()), who.username}));
    VB_RETURN_IF_ERROR(audit::Append(*txn, clock_,
                                     {who.username, std::string(auth::RoleName(who.role)), action,
                                      "group:" + id, who.remote, "ok"}));
    VB_RETURN_IF_ERROR(txn->Commit());
  }
  VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
  return Load(*txn, id);
}

Result<Group> GroupService::Determine(const auth::Principal& who, const std::string& id,
                                      const std::string& kind, const std::string& note) {
  if (!IsDetermination(kind)) {
    return InvalidArgument("kind '" + kind + "' is not one of group_status, temporary_protection.");
  }
  return Record(who, id, kind, note, "group.determination");
}

Result<Group> GroupService::Decide(const auth::Principal& who, const std::string& id,
                                   const std::string& kind, const std::string& note) {
  if (kind == "return" || kind == "refusal_of_entry") {
    int members = 0;
    {
      VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
      VB_ASSIGN_OR_RETURN(auto row, store::FindGroup(*txn, id));
      if (!row) return NotFound("There is no group with the id '" + id + "'.");
      members = static_cast<int>(row->member_count);
    }
    VB_RETURN_IF_ERROR(Audit(who, "group.decision." + kind, "group:" + id, "refused"));
    return FailedPrecondition(
        "No " + std::string(kind == "return" ? "return" : "refusal of entry") +
        " can be recorded for this group: in a mass influx non-refoulement applies to " +
        (members == 1 ? std::string("its member") : "all " + std::to_string(members) + " members of the group") +
        " (UN-8).");
  }
  if (kind != "admission" && kind != "asylum_procedure" && kind != "referral_only") {
    return InvalidArgument("kind '" + kind + "' is not one of admission, asylum_procedure, "
                           "referral_only (return and refusal_of_entry are refused for groups).");
  }
  return Record(who, id, kind, note, "group.decision");
}

Result<std::string> GroupService::ExportCsv(const auth::Principal& who, const std::string& id) {
  Result<Group> g = NotFound("");
  {
    VB_ASSIGN_OR_RETURN(auto txn, store_.Begin(store::Access::kRead));
    g = Load(*txn, id);
  }
  if (!g.ok()) return g.status();
  VB_RETURN_IF_ERROR(Audit(who, "group.export", "group:" + id, "ok"));
  return GroupToCsv(*g);
}

}  // namespace verbatim::referral
