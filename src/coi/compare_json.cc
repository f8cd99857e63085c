#include "coi/compare_json.h"

#include "calendar/calendar_id.h"
#include "calendar/converter.h"

namespace verbatim::coi {

Json ComparisonsToJson(const std::vector<StatementComparison>& comparisons) {
  Json statements = Json::array();
  for (const StatementComparison& c : comparisons) {
    const Statement& s = c.statement;
    Json places = Json::array(), actors = Json::array(), periods = Json::array(),
         passages = Json::array();
    for (const auto& p : s.places) {
      places.push_back({{"name", p.name},
                        {"country", p.country},
                        {"kind", PlaceKindName(p.kind)},
                        {"matched", p.matched}});
    }
    for (const auto& a : s.actors) {
      actors.push_back({{"name", a.actor->name},
                        {"countries", a.actor->countries},
                        {"source", a.actor->source},
                        {"matched", a.matched}});
    }
    for (const auto& p : s.periods) {
      periods.push_back({{"from", calendar::IsoDay(p.range.first)},
                         {"to", calendar::IsoDay(p.range.last)},
                         {"matched", p.matched},
                         {"calendar", calendar::CalendarName(p.calendar)},
                         {"precision", calendar::PrecisionName(p.precision)}});
    }
    for (const auto& cp : c.passages) {
      const SearchResult& r = cp.passage;
      passages.push_back({{"document_id", r.document_id},
                          {"passage_id", r.passage_id},
                          {"title", r.title},
                          {"source", r.source},
                          {"date", r.date},
                          {"country", r.country},
                          {"heading", r.heading},
                          {"snippet", r.snippet},
                          {"score", r.score},
                          {"time_match", TimeMatchName(cp.time_match)}});
    }
    statements.push_back({{"text", s.text},
                          {"places", places},
                          {"actors", actors},
                          {"periods", periods},
                          {"caption", c.caption},
                          {"passages", passages}});
  }
  return {{"statements", statements}};
}

}  // namespace verbatim::coi
