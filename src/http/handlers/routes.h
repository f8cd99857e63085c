#pragma once

#include <string_view>

#include "http/router.h"
#include "http/services.h"

namespace verbatim::http {

/// One function per resource (kiwix's one handler per endpoint); each adds its routes with
/// their access rules.
void AddSystemRoutes(Router& router, Services& services);
void AddSessionRoutes(Router& router, Services& services);
void AddCaseRoutes(Router& router, Services& services);
void AddUserRoutes(Router& router, Services& services);
void AddInterviewRoutes(Router& router, Services& services);
void AddHintRoutes(Router& router, Services& services);
void AddToolRoutes(Router& router, Services& services);
void AddTaskRoutes(Router& router, Services& services);
void AddCoiRoutes(Router& router, Services& services);
/// POST /api/v1/coi/compare: statements beside the sources (AS-5).
void AddCoiCompareRoutes(Router& router, Services& services);
/// The National Reference Guide, referrals and mass-influx groups (issue 5, src/referral).
void AddGuideRoutes(Router& router, Services& services);
void AddReferralRoutes(Router& router, Services& services);
void AddGroupRoutes(Router& router, Services& services);
/// Screening at the border: forms, the result, screenings and decisions (issue 5, src/screening).
void AddScreeningRoutes(Router& router, Services& services);
void AddSpeechRoutes(Router& router, Services& services);
/// Only with a test clock: POST /api/v1/test/clock.
void AddTestClockRoutes(Router& router, Services& services);

/// The OpenAPI 3 document of the API (src/http/openapi.json, compiled in).
std::string_view OpenApiDocument();

}  // namespace verbatim::http
