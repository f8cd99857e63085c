// Dictation (issue 7, AS-6): offline speech to text for the interview notes. The text is only
// ever returned to the officer as a draft; nothing here writes to the interview record, so a
// transcription never becomes a declaration without the officer's own submission.
#include <chrono>
#include <sstream>

#include "audit/audit_log.h"
#include "auth/role.h"
#include "http/handlers/routes.h"
#include "speech/pcm_audio.h"
#include "speech/speech_service.h"

namespace verbatim::http {
namespace {

// How long an event reader waits before it sends a keep-alive comment.
constexpr auto kEventWait = std::chrono::seconds(10);

bool IsAudioType(const std::string& content_type) {
  const std::string type = content_type.substr(0, content_type.find(';'));
  for (const char* t : {"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave", "audio/flac",
                        "audio/x-flac", "audio/ogg", "application/octet-stream"}) {
    if (type == t) return true;
  }
  return false;
}

// "?vocabulary=Abdirahman,Faduma": the case's words, comma-separated.
Result<speech::Vocabulary> QueryVocabulary(const Context& ctx) {
  std::vector<std::string> entries;
  std::istringstream in(ctx.Query("vocabulary"));
  for (std::string entry; std::getline(in, entry, ',');) entries.push_back(entry);
  return speech::VocabularyFromEntries(entries, "vocabulary");
}

// Dictation handles personal data even though none of it is stored: the use is audited, by
// action and length only.
void Audit(Services& s, const auth::Principal& who, const std::string& action, const std::string& outcome) {
  (void)audit::AppendNow(s.store, s.clock,
                         {who.username, std::string(auth::RoleName(who.role)), action, "dictation",
                          who.remote, outcome});
}

// The generic 503 detail speaks of the database; the speech engine's own unavailability (busy,
// model missing, external command failed) says what to do instead.
void FailSpeech(Context& ctx, const Status& status) {
  if (status.code() == ErrorCode::kUnavailable) return ctx.ReplyProblem({503, "", status.message()});
  ctx.Fail(status);
}

std::string EventData(const speech::DictationEvent& e) {
  Json body;
  if (e.final) {
    if (e.final->ok()) {
      body = speech::TranscriptJson(**e.final);
      body["final"] = true;
    } else {
      body = {{"final", true}, {"error", e.final->status().message()}};
    }
  } else {
    body = {{"partial", e.partial}};
  }
  return "data: " + body.dump() + "\n\n";
}

}  // namespace

void AddSpeechRoutes(Router& router, Services& s) {
  const Access dictating = Access::Roles(
      {auth::Role::kOfficer, auth::Role::kSupervisor, auth::Role::kBorderOfficer});

  router.Add("POST", "/api/v1/transcribe", dictating, [&s](Context& ctx) {
    if (!IsAudioType(ctx.req.get_header_value("Content-Type"))) {
      return ctx.ReplyProblem({415, "", "Send the audio as audio/wav, audio/flac, audio/ogg or "
                                        "application/octet-stream."});
    }
    auto vocabulary = QueryVocabulary(ctx);
    if (!vocabulary.ok()) return FailSpeech(ctx, vocabulary.status());
    auto audio = speech::DecodeAudio(ctx.req.body, "the uploaded audio");
    if (!audio.ok()) return FailSpeech(ctx, audio.status());
    auto engine = s.speech->Engine();
    if (!engine.ok()) return FailSpeech(ctx, engine.status());
    auto transcript = (*engine)->Transcribe(*audio, *vocabulary);
    Audit(s, ctx.principal(), "speech.transcribe", transcript.ok() ? "ok" : "failed");
    if (!transcript.ok()) return FailSpeech(ctx, transcript.status());
    ctx.ReplyJson(200, speech::TranscriptJson(*transcript));
  });

  router.Add("POST", "/api/v1/transcribe/streams", dictating, [&s](Context& ctx) {
    speech::Vocabulary vocabulary;
    if (!ctx.req.body.empty()) {
      auto body = ctx.BodyObject();
      if (!body.ok()) return FailSpeech(ctx, body.status());
      std::vector<std::string> entries;
      if (body->contains("vocabulary")) {
        const Json& list = (*body)["vocabulary"];
        if (!list.is_array()) return FailSpeech(ctx, InvalidArgument("'vocabulary' must be a list of words"));
        for (const auto& w : list) {
          if (!w.is_string()) return FailSpeech(ctx, InvalidArgument("'vocabulary' must hold strings"));
          entries.push_back(w.get<std::string>());
        }
      }
      auto parsed = speech::VocabularyFromEntries(entries, "vocabulary");
      if (!parsed.ok()) return FailSpeech(ctx, parsed.status());
      vocabulary = std::move(parsed).value();
    }
    auto id = s.speech->dictations().Open(ctx.principal().user_id, vocabulary);
    Audit(s, ctx.principal(), "speech.stream.open", id.ok() ? "ok" : "failed");
    if (!id.ok()) return FailSpeech(ctx, id.status());
    ctx.ReplyJson(201, {{"id", *id}, {"sample_rate", speech::PcmAudio::kSampleRate}});
  });

  router.Add("POST", "/api/v1/transcribe/streams/{id}/chunks", dictating, [&s](Context& ctx) {
    auto samples = speech::SamplesFromLittleEndian(ctx.req.body);
    if (!samples.ok()) return FailSpeech(ctx, samples.status());
    Status st = s.speech->dictations().Feed(ctx.principal().user_id, ctx.params["id"], *samples);
    if (!st.ok()) return FailSpeech(ctx, st);
    ctx.res.status = 204;
  });

  router.Add("POST", "/api/v1/transcribe/streams/{id}/end", dictating, [&s](Context& ctx) {
    auto transcript = s.speech->dictations().End(ctx.principal().user_id, ctx.params["id"]);
    if (!transcript.ok()) return FailSpeech(ctx, transcript.status());
    ctx.ReplyJson(200, speech::TranscriptJson(*transcript));
  });

  router.Add("GET", "/api/v1/transcribe/streams/{id}/events", dictating, [&s](Context& ctx) {
    const std::int64_t owner = ctx.principal().user_id;
    const std::string id = ctx.params["id"];
    // Checks the owner before the stream starts, so that a stranger gets 403, not an empty stream.
    if (Status st = s.speech->dictations().Check(owner, id); !st.ok()) return FailSpeech(ctx, st);
    auto seen = std::make_shared<int>(-1);
    ctx.res.set_header("Cache-Control", "no-store");
    ctx.res.set_chunked_content_provider(
        "text/event-stream", [&s, owner, id, seen](size_t, httplib::DataSink& sink) {
          auto event = s.speech->dictations().Next(owner, id, *seen, kEventWait);
          if (!event.ok()) {
            sink.done();
            return true;
          }
          *seen = event->version;
          const std::string data = event->idle ? std::string(": waiting\n\n") : EventData(*event);
          if (!sink.write(data.data(), data.size())) return false;
          if (event->final) sink.done();
          return true;
        });
  });
}

}  // namespace verbatim::http
