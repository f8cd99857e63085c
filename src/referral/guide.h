#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/json.h"
#include "base/result.h"

namespace verbatim::referral {

/// One entry of the National Reference Guide (UN-7, Annex 2): an agency of one category with the
/// contact details an officer at the border needs. `telephone` may hold an e-mail address too,
/// as the template's list of assistance organisations asks for "telephone or e-mail".
struct Agency {
  std::string id;  // stable, unique across all guides: referrals and memberships name it
  std::string category;
  std::string name;
  std::string services;
  std::string unit;
  std::string telephone;
  std::string address;
  std::string working_hours;
  std::string hotline;         // hotline or duty officer's number
  std::string contact_person;  // required for UNHCR
};

/// A country's guide. `example` marks invented contact details: such a guide says so on every
/// page it prints and in every answer.
struct Guide {
  std::string country;  // ISO 3166-1 alpha-2
  bool example = false;
  std::string maintained_by;
  std::string last_updated;  // YYYY-MM-DD
  std::vector<Agency> agencies;

  /// The first agency of `category`, or null.
  const Agency* First(std::string_view category) const;
};

/// Whether a document must carry its own `last_updated` (an imported file) or gets the date of
/// saving (an edit through the API).
enum class LastUpdated { kFromDocument, kSetBySaving };

/// Reads a guide document ({"country","example","maintained_by","last_updated","agencies":[…]})
/// and checks it (CheckGuide). InvalidArgument listing every problem with the field's path
/// ("agencies[2].telephone"); unknown keys are problems too, so a misspelt field is never
/// silently dropped.
Result<Guide> GuideFromJson(const Json& doc, LastUpdated last_updated);
/// The document form, as GET /api/v1/guides/{country} answers it.
Json GuideToJson(const Guide& guide);
/// The checks of GuideFromJson on a guide already in memory; empty when it is sound.
std::vector<std::string> CheckGuide(const Guide& guide);

}  // namespace verbatim::referral
