#pragma once

#include "auth/session_manager.h"
#include "base/clock.h"
#include "base/config.h"
#include "cases/case_service.h"
#include "http/metrics.h"
#include "interview/interview_service.h"
#include "store/store.h"

namespace verbatim::speech {
class SpeechService;
}

namespace verbatim::http {

/// What the handlers work with; owned by the Server, which outlives every request.
struct Services {
  store::Store& store;
  const Clock& clock;
  const Config& config;
  auth::SessionManager& sessions;
  cases::CaseService& cases;
  interview::InterviewService& interviews;
  Metrics& metrics;
  /// Set only by `serve --test-clock` (tests): lets a test move the server's time.
  OffsetClock* test_clock = nullptr;
  /// Dictation (AS-6): the engine, loaded on first use, and the live dictations.
  speech::SpeechService* speech = nullptr;
};

}  // namespace verbatim::http
