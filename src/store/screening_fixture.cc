#include "store/screening_fixture.h"

#include <gtest/gtest.h>

#include "base/crypto.h"
#include "store/screening_table.h"

namespace verbatim::store {

std::string AddScreeningFixture(Store& store, std::int64_t created_at, const std::string& person_name,
                                const std::string& created_by) {
  ScreeningRecord r;
  r.id = RandomHex(16);
  r.form_id = "unhcr-annex1";
  r.country = "KZ";
  r.location = "Crossing 7";
  r.person_name = person_name;
  r.person_sex = "female";
  r.person_age = 34;
  r.person_nationality = "AF";
  r.person_language = "prs";
  r.answers_json = "{}";
  r.result_json = "{}";
  r.non_refoulement = true;
  r.created_at = created_at;
  r.created_by = created_by;
  auto txn = store.Begin(Access::kWrite);
  EXPECT_TRUE(txn.ok()) << txn.status().message();
  if (!txn.ok()) return r.id;
  const Status inserted = InsertScreening(**txn, r);
  EXPECT_TRUE(inserted.ok()) << inserted.message();
  const Status committed = (*txn)->Commit();
  EXPECT_TRUE(committed.ok()) << committed.message();
  return r.id;
}

}  // namespace verbatim::store
