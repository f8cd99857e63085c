#pragma once

#include <chrono>
#include <string>

#include "interview/entry.h"

// Interview records for the notes' tests and benchmark; not part of vb_report.
namespace verbatim::report::sample {

/// Appends entries the way the server commits them: seq numbers from 1, times from a clock the
/// builder moves on, and a SHA-256 chain over the entries (a stand-in for the record's own hash,
/// which the notes only print).
class RecordBuilder {
 public:
  RecordBuilder(interview::InterviewInfo info, TimePoint start);

  /// Moves the clock on before the next entry.
  RecordBuilder& Wait(std::chrono::seconds seconds);
  /// Appends an entry and returns it for the fields of its kind; valid until the next Add.
  interview::Entry& Add(interview::EntryKind kind, std::string by, std::string text = "");

  RecordBuilder& Checklist(std::string item, std::string status, std::string reason = "");
  /// A question by the officer, a little later than the previous entry.
  RecordBuilder& Question(std::string text);
  /// An answer by the applicant, later by the time it takes to say and interpret it.
  RecordBuilder& Answer(std::string text);
  RecordBuilder& Presence(std::string participant, std::string state, std::string text = "");

  std::size_t size() const { return record_.entries.size(); }
  TimePoint now() const { return now_; }

  /// The record with its hash chain.
  interview::InterviewRecord Build() &&;

 private:
  interview::InterviewRecord record_;
  TimePoint now_;
};

/// The interpreter code in SampleInfo(); the notes must print it, and no interpreter name.
inline constexpr const char* kInterpreterCode = "INT-0417";

/// An Iraqi applicant interviewed in Arabic in Brussels, planned for 23 November 2026 09:00
/// at +01:00.
interview::InterviewInfo SampleInfo();

/// A plausible interview of about `entries` entries: opening checklist, a lawyer who steps out
/// and returns, questions and answers in English with Arabic and Persian quotations, observations,
/// an interpreter issue, a break every 90 minutes, a correction, the closing checklist, a remark
/// and the end.
interview::InterviewRecord SampleInterview(int entries);

}  // namespace verbatim::report::sample
