#include "store/guide_table.h"

namespace verbatim::store {
namespace {

constexpr const char* kAgencyColumns =
    "id, country, category, name, services, unit, telephone, address, working_hours, hotline, "
    "contact_person";

GuideRow GuideFrom(const Row& r) {
  return {r.Text(0), r.Int(1) != 0, r.Text(2), r.Text(3), r.Int(4), r.Text(5)};
}

GuideAgencyRow AgencyFrom(const Row& r) {
  return {r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5),
          r.Text(6), r.Text(7), r.Text(8), r.Text(9), r.Text(10)};
}

}  // namespace

Status ReplaceGuide(Transaction& txn, const GuideRow& g, const std::vector<GuideAgencyRow>& agencies) {
  VB_RETURN_IF_ERROR(txn.Execute("DELETE FROM guide_agencies WHERE country = $1", {g.country}).status());
  VB_RETURN_IF_ERROR(txn.Execute("DELETE FROM guides WHERE country = $1", {g.country}).status());
  VB_RETURN_IF_ERROR(txn.Execute("INSERT INTO guides (country, example, maintained_by, last_updated, "
                                 "saved_at, saved_by) VALUES ($1, $2, $3, $4, $5, $6)",
                                 {g.country, g.example ? 1 : 0, g.maintained_by, g.last_updated,
                                  g.saved_at, g.saved_by})
                         .status());
  int position = 0;
  for (const GuideAgencyRow& a : agencies) {
    VB_RETURN_IF_ERROR(
        txn.Execute("INSERT INTO guide_agencies (id, country, position, category, name, services, "
                    "unit, telephone, address, working_hours, hotline, contact_person) VALUES "
                    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                    {a.id, g.country, ++position, a.category, a.name, a.services, a.unit,
                     a.telephone, a.address, a.working_hours, a.hotline, a.contact_person})
            .status());
  }
  return Status::Ok();
}

Result<std::vector<GuideRow>> ListGuides(Transaction& txn) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT country, example, maintained_by, last_updated, "
                                           "saved_at, saved_by FROM guides ORDER BY country"));
  std::vector<GuideRow> out;
  for (const auto& r : rows) out.push_back(GuideFrom(r));
  return out;
}

Result<std::optional<GuideRow>> FindGuide(Transaction& txn, const std::string& country) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query("SELECT country, example, maintained_by, last_updated, "
                                           "saved_at, saved_by FROM guides WHERE country = $1",
                                           {country}));
  if (rows.empty()) return std::optional<GuideRow>();
  return std::optional<GuideRow>(GuideFrom(rows[0]));
}

Result<std::vector<GuideAgencyRow>> ListGuideAgencies(Transaction& txn, const std::string& country) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kAgencyColumns +
                                               " FROM guide_agencies WHERE country = $1 ORDER BY position",
                                           {country}));
  std::vector<GuideAgencyRow> out;
  for (const auto& r : rows) out.push_back(AgencyFrom(r));
  return out;
}

Result<std::optional<GuideAgencyRow>> FindGuideAgency(Transaction& txn, const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto rows, txn.Query(std::string("SELECT ") + kAgencyColumns +
                                               " FROM guide_agencies WHERE id = $1",
                                           {id}));
  if (rows.empty()) return std::optional<GuideAgencyRow>();
  return std::optional<GuideAgencyRow>(AgencyFrom(rows[0]));
}

}  // namespace verbatim::store
