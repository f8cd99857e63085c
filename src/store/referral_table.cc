#include "store/referral_table.h"

namespace verbatim::store {
namespace {

constexpr const char* kSelect =
    "SELECT r.id, r.screening_id, r.category, r.agency_id, r.agency_name, r.country, r.priority, "
    "r.reason, r.consent_given, r.consent_override_reason, r.status, r.acknowledge_due, r.task_id, "
    "r.sent_at, r.sent_by, s.person_name, s.person_sex, s.person_age, s.person_nationality, "
    "s.created_by FROM referrals r JOIN screenings s ON s.id = r.screening_id";

ReferralRow ReferralFrom(const Row& r) {
  ReferralRow out;
  out.id = r.Text(0);
  out.screening_id = r.Text(1);
  out.category = r.Text(2);
  out.agency_id = r.Text(3);
  out.agency_name = r.Text(4);
  out.country = r.Text(5);
  out.priority = r.Text(6);
  out.reason = r.Text(7);
  out.consent_given = r.Int(8) != 0;
  out.consent_override_reason = r.Text(9);
  out.status = r.Text(10);
  out.acknowledge_due = r.Text(11);
  out.task_id = r.OptionalText(12);
  out.sent_at = r.Int(13);
  out.sent_by = r.Text(14);
  out.person = {r.Text(15), r.Text(16), r.OptionalInt(17), r.Text(18)};
  out.screening_created_by = r.Text(19);
  return out;
}

}  // namespace

Result<std::optional<std::pair<ReferredPerson, std::string>>> FindScreenedPerson(
    Transaction& txn, const std::string& screening_id) {
  using Found = std::optional<std::pair<ReferredPerson, std::string>>;
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT person_name, person_sex, person_age, "
                                           "person_nationality, created_by FROM screenings WHERE id = $1",
                                           {screening_id}));
  if (rows.empty()) return Found();
  const Row& r = rows[0];
  return Found(std::pair{ReferredPerson{r.Text(0), r.Text(1), r.OptionalInt(2), r.Text(3)}, r.Text(4)});
}

Status InsertReferral(Transaction& txn, const ReferralRow& r) {
  return txn
      .Execute("INSERT INTO referrals (id, screening_id, category, agency_id, agency_name, country, "
               "priority, reason, consent_given, consent_override_reason, status, acknowledge_due, "
               "task_id, sent_at, sent_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
               "$12, $13, $14, $15)",
               {r.id, r.screening_id, r.category, r.agency_id, r.agency_name, r.country, r.priority,
                r.reason, r.consent_given ? 1 : 0, r.consent_override_reason, r.status,
                r.acknowledge_due, Value(r.task_id), r.sent_at, r.sent_by})
      .status();
}

Result<std::optional<ReferralRow>> FindReferral(Transaction& txn, const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string(kSelect) + " WHERE r.id = $1", {id}));
  if (rows.empty()) return std::optional<ReferralRow>();
  return std::optional<ReferralRow>(ReferralFrom(rows[0]));
}

Result<std::vector<ReferralRow>> ListReferrals(Transaction& txn, const ReferralFilter& f) {
  std::string sql = std::string(kSelect) + " WHERE 1 = 1";
  std::vector<Value> params;
  const auto next = [&params](Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  if (f.agency_id) sql += " AND r.agency_id = " + next(*f.agency_id);
  if (f.sender_or_screener) {
    const std::string p = next(*f.sender_or_screener);
    sql += " AND (r.sent_by = " + p + " OR s.created_by = " + p + ")";
  }
  if (f.status) sql += " AND r.status = " + next(*f.status);
  sql += " ORDER BY r.sent_at DESC, r.id";
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(sql, params));
  std::vector<ReferralRow> out;
  for (const auto& r : rows) out.push_back(ReferralFrom(r));
  return out;
}

Result<bool> UpdateReferralStatus(Transaction& txn, const std::string& id, const std::string& from,
                                  const std::string& to) {
  VB_ASSIGN_OR_RETURN(auto changed, txn.Execute("UPDATE referrals SET status = $1 WHERE id = $2 "
                                                "AND status = $3",
                                                {to, id, from}));
  return changed == 1;
}

Status AppendReferralEvent(Transaction& txn, const ReferralEventRow& e) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT COALESCE(MAX(seq), 0) FROM referral_events "
                                           "WHERE referral_id = $1",
                                           {e.referral_id}));
  const std::int64_t seq = rows.empty() ? 1 : rows[0].Int(0) + 1;
  return txn
      .Execute("INSERT INTO referral_events (referral_id, seq, action, at, by_user, note) VALUES "
               "($1, $2, $3, $4, $5, $6)",
               {e.referral_id, seq, e.action, e.at, e.by, e.note})
      .status();
}

Result<std::vector<ReferralEventRow>> ListReferralEvents(Transaction& txn,
                                                         const std::string& referral_id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT referral_id, seq, action, at, by_user, note FROM "
                                           "referral_events WHERE referral_id = $1 ORDER BY seq",
                                           {referral_id}));
  std::vector<ReferralEventRow> out;
  for (const auto& r : rows) out.push_back({r.Text(0), r.Int(1), r.Text(2), r.Int(3), r.Text(4), r.Text(5)});
  return out;
}

Status SetAgencyMember(Transaction& txn, const std::string& username, const std::string& agency_id,
                       std::int64_t at, const std::string& by) {
  VB_RETURN_IF_ERROR(txn.Execute("DELETE FROM agency_members WHERE username = $1", {username}).status());
  return txn
      .Execute("INSERT INTO agency_members (username, agency_id, assigned_at, assigned_by) VALUES "
               "($1, $2, $3, $4)",
               {username, agency_id, at, by})
      .status();
}

Result<std::optional<std::string>> FindAgencyOfUser(Transaction& txn, const std::string& username) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT agency_id FROM agency_members WHERE username = $1",
                                           {username}));
  if (rows.empty()) return std::optional<std::string>();
  return std::optional<std::string>(rows[0].Text(0));
}

}  // namespace verbatim::store
