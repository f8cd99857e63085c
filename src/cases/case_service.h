#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "base/clock.h"
#include "base/result.h"
#include "cases/applicant.h"
#include "store/store.h"

namespace verbatim::cases {

struct CaseSummary {
  std::string id;
  std::string case_number;  // "VB-2026-000042"
  TimePoint created_at;
  Applicant applicant;
};

/// A family link from one case to another (CH-2.1: related files are at hand when preparing).
struct CaseLink {
  std::string case_id;
  std::string case_number;
  std::string relation;
};

struct CaseDetail {
  CaseSummary summary;
  std::vector<CaseLink> links;
};

struct CreatedCase {
  std::string id;
  std::string case_number;
};

/// The relations a family link may have.
bool IsKnownRelation(std::string_view relation);

/// Whether a role may see case data at all. Deny by default: officers and supervisors only, for
/// now (lawyers and applicants get their own scoped views later).
bool MaySeeCases(auth::Role role);

/// Cases and their applicants. Every call checks the role again (defence in depth behind the
/// router) and writes an audit row naming the case, never its contents.
class CaseService {
 public:
  CaseService(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  /// InvalidArgument listing the field problems when `applicant` is not valid.
  Result<CreatedCase> Create(const auth::Principal& who, const Applicant& applicant);
  Result<CaseDetail> Get(const auth::Principal& who, const std::string& id);
  /// Cases whose names or number contain `query` in any letter case; newest first.
  Result<std::vector<CaseSummary>> Search(const auth::Principal& who, const std::string& query,
                                          int limit);
  /// Links `case_id` to `related_id` both ways.
  Status Link(const auth::Principal& who, const std::string& case_id,
              const std::string& related_id, const std::string& relation);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace verbatim::cases
