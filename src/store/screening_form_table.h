#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace verbatim::store {

/// A row of `screening_forms` (migration 0010): a questionnaire a team loaded (issue 5).
struct ScreeningFormRow {
  std::string id;
  std::string title;
  std::string format;  // "xlsx", "json" or "csv"
  std::string file_name;
  std::string content;  // the bytes as uploaded (hex-encoded in the column only)
  std::int64_t uploaded_at = 0;
  std::string uploaded_by;
};

/// Inserts the form, or replaces the stored form with the same id. Whether a row was replaced.
Result<bool> SaveScreeningForm(Transaction& txn, const ScreeningFormRow& form);
/// Every stored form by id, content included (forms are small: a few hundred rows).
Result<std::vector<ScreeningFormRow>> ListScreeningForms(Transaction& txn);
Result<std::optional<ScreeningFormRow>> FindScreeningForm(Transaction& txn, const std::string& id);

}  // namespace verbatim::store
