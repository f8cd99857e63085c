#include "speech/dictation_sessions.h"


#include <vector>

#include "base/crypto.h"

namespace verbatim::speech {

struct DictationSessions::Session {
  std::int64_t owner = 0;
  std::mutex mutex;
  std::condition_variable changed;
  std::unique_ptr<TranscriptionStream> stream;
  std::string partial;
  int version = 0;
  std::optional<Result<Transcript>> final;
  std::size_t samples = 0;
  TimePoint last_activity;
};

DictationSessions::DictationSessions(std::function<Result<Transcriber*>()> engine, const Clock& clock,
                                     DictationLimits limits)
    : engine_(std::move(engine)), clock_(clock), limits_(limits) {}

DictationSessions::~DictationSessions() = default;

void DictationSessions::DropExpired() {
  const TimePoint now = clock_.Now();
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    std::unique_lock lock(it->second->mutex, std::try_to_lock);
    const bool idle = lock.owns_lock() && now - it->second->last_activity > limits_.idle_timeout;
    if (idle) {
      // Wake a reader still waiting so that it sees the end instead of hanging.
      it->second->final = Result<Transcript>(NotFound("the dictation expired"));
      ++it->second->version;
      it->second->changed.notify_all();
      lock.unlock();
      it = sessions_.erase(it);
    } else {
      ++it;
    }
  }
}

Result<std::string> DictationSessions::Open(std::int64_t owner, const Vocabulary& vocabulary) {
  {
    std::lock_guard lock(mutex_);
    DropExpired();
    if (sessions_.size() >= limits_.max_streams) {
      return Unavailable("all " + std::to_string(limits_.max_streams) +
                         " live dictations of this server are in use; try again in a minute");
    }
  }
  VB_ASSIGN_OR_RETURN(Transcriber* engine, engine_());
  VB_ASSIGN_OR_RETURN(auto stream, engine->OpenStream(vocabulary));
  auto session = std::make_shared<Session>();
  session->owner = owner;
  session->stream = std::move(stream);
  session->last_activity = clock_.Now();
  const std::string id = RandomHex(16);
  std::lock_guard lock(mutex_);
  if (sessions_.size() >= limits_.max_streams) {
    return Unavailable("all live dictations of this server are in use; try again in a minute");
  }
  sessions_[id] = std::move(session);
  return id;
}

Result<std::shared_ptr<DictationSessions::Session>> DictationSessions::Find(std::int64_t owner,
                                                                          const std::string& id) {
  std::lock_guard lock(mutex_);
  DropExpired();
  auto it = sessions_.find(id);
  if (it == sessions_.end()) return NotFound("there is no live dictation " + id + " (ended or expired)");
  if (it->second->owner != owner) return PermissionDenied("this dictation belongs to another user");
  return it->second;
}

Status DictationSessions::Feed(std::int64_t owner, const std::string& id,
                               std::span<const std::int16_t> samples) {
  VB_ASSIGN_OR_RETURN(auto session, Find(owner, id));
  std::lock_guard lock(session->mutex);
  if (session->final) return FailedPrecondition("the dictation has ended");
  const auto max_samples = std::size_t(limits_.max_audio.count()) * PcmAudio::kSampleRate;
  if (session->samples + samples.size() > max_samples) {
    return InvalidArgument("a dictation may run " + std::to_string(limits_.max_audio.count() / 60) +
                           " minutes at most; end this one and start another");
  }
  VB_RETURN_IF_ERROR(session->stream->Feed(samples));
  session->samples += samples.size();
  session->last_activity = clock_.Now();
  std::string partial = session->stream->Partial();
  if (partial != session->partial) {
    session->partial = std::move(partial);
    ++session->version;
    session->changed.notify_all();
  }
  return Status::Ok();
}

Result<Transcript> DictationSessions::End(std::int64_t owner, const std::string& id) {
  VB_ASSIGN_OR_RETURN(auto session, Find(owner, id));
  Result<Transcript> result = FailedPrecondition("the dictation has ended");
  {
    std::lock_guard lock(session->mutex);
    if (session->final) return FailedPrecondition("the dictation has ended");
    result = session->stream->Finish();
    session->stream.reset();  // gives the decoder back to the pool now
    session->final = result;
    session->last_activity = clock_.Now();
    ++session->version;
    session->changed.notify_all();
  }
  return result;
}

Result<DictationEvent> DictationSessions::Next(std::int64_t owner, const std::string& id, int seen,
                                               std::chrono::milliseconds wait) {
  VB_ASSIGN_OR_RETURN(auto session, Find(owner, id));
  std::unique_lock lock(session->mutex);
  const bool fresh = session->changed.wait_for(lock, wait, [&] { return session->version > seen; });
  session->last_activity = clock_.Now();
  DictationEvent event;
  event.version = session->version;
  event.idle = !fresh;
  event.partial = session->partial;
  event.final = session->final;
  if (session->final) {
    // The reader has the final result: the dictation is over.
    lock.unlock();
    std::lock_guard registry(mutex_);
    sessions_.erase(id);
  }
  return event;
}

}  // namespace verbatim::speech
