#include "referral/categories.h"

#include <algorithm>
#include <array>

namespace verbatim::referral {
namespace {

struct CategoryInfo {
  std::string_view name;
  std::string_view title;
  bool required;
};

// Annex 2's template: the asylum, child-protection and anti-trafficking authorities always;
// victims of violence and UNHCR "as appropriate"; assistance organisations as a list. Medical
// care is not in the template but the screening refers emergencies to it (UN-5).
constexpr std::array<CategoryInfo, 7> kCategories = {{
    {"asylum_authority", "Asylum authority (refugee status determination)", true},
    {"child_protection", "Child protection", true},
    {"anti_trafficking", "Protection of victims of trafficking", true},
    {"victims_of_violence", "Protection of victims of violence and vulnerable persons", false},
    {"medical", "Medical care", false},
    {"assistance_organisations", "Assistance organisations", false},
    {"unhcr", "UNHCR, the UN Refugee Agency", false},
}};

constexpr std::array<std::string_view, 7> kNames = {
    kCategories[0].name, kCategories[1].name, kCategories[2].name, kCategories[3].name,
    kCategories[4].name, kCategories[5].name, kCategories[6].name};

const CategoryInfo* Find(std::string_view name) {
  auto it = std::find_if(kCategories.begin(), kCategories.end(),
                         [&](const CategoryInfo& c) { return c.name == name; });
  return it == kCategories.end() ? nullptr : &*it;
}

}  // namespace

std::span<const std::string_view> Categories() { return kNames; }
bool IsCategory(std::string_view name) { return Find(name) != nullptr; }
std::string_view CategoryTitle(std::string_view name) {
  const CategoryInfo* c = Find(name);
  return c ? c->title : name;
}
bool IsRequiredCategory(std::string_view name) {
  const CategoryInfo* c = Find(name);
  return c && c->required;
}

}  // namespace verbatim::referral
