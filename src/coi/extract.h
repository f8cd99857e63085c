#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar_date.h"
#include "coi/actors.h"
#include "coi/extract_dates.h"
#include "coi/gazetteer.h"

namespace verbatim::coi {

/// A place named in a statement.
struct PlaceRef {
  std::string name;     // the gazetteer's spelling ("Herāt")
  std::string country;  // ISO 3166-1 alpha-2
  PlaceKind kind = PlaceKind::kCity;
  std::string matched;  // as the statement writes it ("Herat", "Кабул")
};

/// An actor named in a statement.
struct ActorRef {
  const Actor* actor = nullptr;
  std::string matched;
};

/// One sentence of an answer with the facts it names (AS-5). Nothing here judges the
/// statement: it only says what to look up.
struct Statement {
  std::string text;
  std::vector<PlaceRef> places;
  std::vector<ActorRef> actors;
  std::vector<PeriodMention> periods;
};

/// Splits `text` into sentences (at . ! ? ؟ ። followed by a space, and at line breaks) and
/// returns those that name a place, an actor or a period, in order. A name that several
/// countries share is narrowed to the countries the whole text names (as a country, or as an
/// actor's country); otherwise every country stays, at most three.
std::vector<Statement> ExtractStatements(std::string_view text, calendar::Day today,
                                         const Gazetteer& gazetteer = Gazetteer::Shipped(),
                                         const ActorList& actors = ActorList::Shipped());

}  // namespace verbatim::coi
