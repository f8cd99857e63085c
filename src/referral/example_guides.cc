#include "referral/example_guides.h"

#include "referral/guide_service.h"

namespace verbatim::referral {

std::string_view ExampleGuideKzJson();
std::string_view ExampleGuideKgJson();

std::vector<std::string_view> ExampleGuideDocuments() {
  return {ExampleGuideKzJson(), ExampleGuideKgJson()};
}

Result<int> LoadExampleGuides(store::Store& store, const Clock& clock) {
  GuideService guides(store, clock);
  const auth::Principal seeder{0, "demo-seed", auth::Role::kAdmin, "cli"};
  int imported = 0;
  for (std::string_view text : ExampleGuideDocuments()) {
    VB_ASSIGN_OR_RETURN(Json doc, ParseJson(text));
    VB_ASSIGN_OR_RETURN(Guide guide, GuideFromJson(doc, LastUpdated::kFromDocument));
    if (guides.Get(guide.country).ok()) continue;
    VB_RETURN_IF_ERROR(guides.Import(seeder, std::move(guide)).status());
    ++imported;
  }
  return imported;
}

}  // namespace verbatim::referral
