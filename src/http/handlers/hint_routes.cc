#include "http/handlers/routes.h"
#include "interview/question_hints.h"

namespace verbatim::http {

void AddHintRoutes(Router& router, Services&) {
  router.Add("POST", "/api/v1/hints/question",
             Access::Roles({auth::Role::kOfficer, auth::Role::kSupervisor}), [](Context& ctx) {
               auto body = ctx.BodyObject();
               if (!body.ok()) return ctx.Fail(body.status());
               auto text = StringField(*body, "text", "text");
               auto language = StringField(*body, "language", "language");
               if (!text.ok()) return ctx.Fail(text.status());
               if (!language.ok()) return ctx.Fail(language.status());
               auto hints = interview::HintsForQuestion(*text, language->empty() ? "en" : *language);
               if (!hints.ok()) return ctx.Fail(hints.status());
               Json list = Json::array();
               for (const auto& h : *hints) {
                 list.push_back({{"rule", h.rule}, {"kind", h.kind}, {"message", h.message},
                                 {"start", h.start}, {"end", h.end}, {"match", h.match}});
               }
               ctx.ReplyJson(200, {{"hints", list}});
             });
}

}  // namespace verbatim::http
