#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `guides`: one National Reference Guide (UN-7) per country.
struct GuideRow {
  std::string country;
  bool example = false;
  std::string maintained_by;
  std::string last_updated;  // YYYY-MM-DD
  std::int64_t saved_at = 0;
  std::string saved_by;
};

/// A row of `guide_agencies`, in the order its guide lists them.
struct GuideAgencyRow {
  std::string id;
  std::string country;
  std::string category;
  std::string name;
  std::string services;
  std::string unit;
  std::string telephone;
  std::string address;
  std::string working_hours;
  std::string hotline;
  std::string contact_person;
};

/// Replaces the guide of `guide.country` and all its agencies with the given ones.
Status ReplaceGuide(Transaction& txn, const GuideRow& guide, const std::vector<GuideAgencyRow>& agencies);
Result<std::vector<GuideRow>> ListGuides(Transaction& txn);
Result<std::optional<GuideRow>> FindGuide(Transaction& txn, const std::string& country);
Result<std::vector<GuideAgencyRow>> ListGuideAgencies(Transaction& txn, const std::string& country);
/// The agency with this id in any guide.
Result<std::optional<GuideAgencyRow>> FindGuideAgency(Transaction& txn, const std::string& id);

}  // namespace verbatim::store
