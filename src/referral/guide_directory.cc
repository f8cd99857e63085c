#include "referral/guide_directory.h"

#include <map>
#include <string>

#include "store/guide_table.h"

namespace verbatim::referral {
namespace {

class GuideDirectory final : public screening::AgencyDirectory {
 public:
  explicit GuideDirectory(std::map<std::string, screening::AgencyRef, std::less<>> first)
      : first_(std::move(first)) {}

  std::optional<screening::AgencyRef> For(std::string_view category) const override {
    auto it = first_.find(category);
    if (it == first_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::map<std::string, screening::AgencyRef, std::less<>> first_;
};

}  // namespace

Result<std::unique_ptr<screening::AgencyDirectory>> LoadGuideDirectory(store::Store& store,
                                                                       std::string_view country) {
  VB_ASSIGN_OR_RETURN(auto txn, store.Begin(store::Access::kRead));
  VB_ASSIGN_OR_RETURN(auto guide, store::FindGuide(*txn, std::string(country)));
  if (!guide) return NotFound("There is no reference guide for '" + std::string(country) + "'.");
  VB_ASSIGN_OR_RETURN(auto agencies, store::ListGuideAgencies(*txn, std::string(country)));
  std::map<std::string, screening::AgencyRef, std::less<>> first;
  for (const auto& a : agencies) first.emplace(a.category, screening::AgencyRef{a.id, a.name});
  return std::unique_ptr<screening::AgencyDirectory>(new GuideDirectory(std::move(first)));
}

}  // namespace verbatim::referral
