#include "report/sample_interview.h"

#include <algorithm>
#include <array>
#include <utility>

#include "base/crypto.h"

namespace verbatim::report::sample {
namespace {

using interview::Entry;
using interview::EntryKind;
using std::chrono::minutes;
using std::chrono::seconds;

struct Exchange {
  const char* question;
  const char* answer;
};

// As an officer would note them: the interpreter's English, with the applicant's own words in
// Arabic or Persian where the officer asked for them verbatim.
constexpr std::array<Exchange, 12> kExchanges = {{
    {"Which languages do you speak?",
     "Arabic, and Persian from the years my family lived in Iran. I read and write Arabic."},
    {"Where did you live before you left Iraq?",
     "In Baghdad, in the Shula district, with my mother and my two younger brothers."},
    {"What happened on the morning of 12 May?",
     "ذهبت إلى السوق في الصباح، وعندما عدت وجدت الجنود أمام بيتنا."},
    {"Please describe what you saw when you came back.",
     "When I came back from the market I saw two pick-up trucks in our street. Armed men were "
     "standing at the door of our building and one of them was holding my brother Ali by the arm. "
     "My mother was crying on the stairs. I did not go closer because our neighbour pulled me "
     "into her flat and told me to stay quiet. From her window I saw them push my brother into the "
     "second truck. They drove towards the main road. Nobody told us where they took him, and when "
     "my uncle went to the police station the next day they said they had no record of him."},
    {"Who were the armed men?",
     "They wore black and had no insignia. People in the street said they belonged to a militia "
     "that controls the checkpoint at the entrance of Shula."},
    {"What did the letter that was left at your door say? Please read it as it is written.",
     "اگر برنگردی، خانواده‌ات تاوان می‌دهند."},
    {"Why was the letter written in Persian?",
     "I do not know. My brother said the man who threatened him spoke Persian with an Iranian "
     "accent."},
    {"What exactly did the man at the checkpoint say to you? Please repeat his words.",
     "قال لي: إذا رأيتك هنا مرة أخرى فلن تعودي إلى بيتك."},
    {"When did you leave Iraq?",
     "On 3 June 2025, three weeks after my brother was taken. I flew from Baghdad to Istanbul."},
    {"Who paid for the journey?",
     "My uncle sold his car. I do not know how much he paid the man who arranged the visa."},
    {"What do you fear if you return to Iraq?",
     "أخاف أن يقتلوني كما فعلوا بأخي. لا أحد يستطيع أن يحميني هناك."},
    {"Have you had any contact with your family since you left?",
     "I speak to my mother every week on WhatsApp. She moved to my aunt's house in Karbala."},
}};

constexpr std::array<const char*, 4> kObservations = {{
    "The applicant hesitates for a long time before answering and looks at the floor.",
    "The applicant cries; the interview is paused for two minutes at her request.",
    "The applicant answers quickly and gives many details without being asked.",
    "The applicant laughs nervously when the checkpoint is mentioned.",
}};

}  // namespace

RecordBuilder::RecordBuilder(interview::InterviewInfo info, TimePoint start) : now_(start) {
  record_.info = std::move(info);
}

RecordBuilder& RecordBuilder::Wait(seconds s) {
  now_ += s;
  return *this;
}

Entry& RecordBuilder::Add(EntryKind kind, std::string by, std::string text) {
  Entry& e = record_.entries.emplace_back();
  e.seq = static_cast<std::int64_t>(record_.entries.size());
  e.at = now_;
  e.kind = kind;
  e.by = std::move(by);
  e.text = std::move(text);
  e.author = record_.info.officer;
  e.client_id = "c-" + std::to_string(e.seq);
  return e;
}

RecordBuilder& RecordBuilder::Checklist(std::string item, std::string status, std::string reason) {
  Wait(seconds(40));
  Entry& e = Add(EntryKind::kChecklist, "officer", std::move(reason));
  e.item = std::move(item);
  e.status = std::move(status);
  return *this;
}

RecordBuilder& RecordBuilder::Question(std::string text) {
  Wait(seconds(10 + static_cast<long>(text.size()) / 20));
  Add(EntryKind::kQuestion, "officer", std::move(text));
  return *this;
}

RecordBuilder& RecordBuilder::Answer(std::string text) {
  // Said, then interpreted, then typed.
  Wait(seconds(15 + static_cast<long>(text.size()) / 8));
  Add(EntryKind::kAnswer, "applicant", std::move(text));
  return *this;
}

RecordBuilder& RecordBuilder::Presence(std::string participant, std::string state,
                                       std::string text) {
  Wait(seconds(10));
  Entry& e = Add(EntryKind::kPresence, "officer", std::move(text));
  e.participant = std::move(participant);
  e.state = std::move(state);
  return *this;
}

interview::InterviewRecord RecordBuilder::Build() && {
  std::string prev;
  for (Entry& e : record_.entries) {
    e.prev_hash = prev;
    e.hash = Sha256Hex(prev + "|" + std::to_string(e.seq) + "|" +
                       std::string(interview::EntryKindName(e.kind)) + "|" + e.text);
    prev = e.hash;
  }
  return std::move(record_);
}

interview::InterviewInfo SampleInfo() {
  interview::InterviewInfo info;
  info.id = "9b1f3c52-7d3e-4c1a-9f0e-2a8d5b6c7e41";
  info.case_id = "5d2e8a10-3b4c-4f7e-8a9b-0c1d2e3f4a5b";
  info.case_number = "2026/004512";
  info.applicant_family_name = "AL-SAIDI";
  info.applicant_given_names = "Zainab Kareem";
  info.applicant_names_original_script = "زينب كريم الساعدي";
  info.officer = "e.vandamme";
  info.interpreter_code = kInterpreterCode;
  info.language = "ar";
  info.location = "Brussels, WTC II, interview room 4.12";
  info.planned_start = "2026-11-23T09:00:00+01:00";
  return info;
}

interview::InterviewRecord SampleInterview(int entries) {
  // 09:02 local on the planned day.
  RecordBuilder b(SampleInfo(), TimePoint(std::chrono::sys_days(std::chrono::year{2026} / 11 / 23) +
                                          std::chrono::hours(8) + minutes(2)));
  b.Add(EntryKind::kStart, "officer");
  b.Presence("lawyer", "joined");
  for (int i = 1; i <= 10; ++i) {
    const std::string item = "CH-3." + std::to_string(i);
    if (i == 4) {
      b.Checklist(item, "not_applicable",
                  "The applicant lives in the reception centre; its address is her elected "
                  "address.");
    } else {
      b.Checklist(item, "done");
    }
  }
  const std::size_t closing_entries = 6;
  const std::size_t target = static_cast<std::size_t>(std::max(entries, 0)) > closing_entries
                                 ? entries - closing_entries
                                 : 0;
  const TimePoint start = b.now();
  TimePoint last_break = start;
  bool extended = false;
  bool lawyer_out = false;
  std::int64_t to_correct = 0;
  for (int i = 0; b.size() < target; ++i) {
    const Exchange& x = kExchanges[i % kExchanges.size()];
    b.Question(x.question).Answer(x.answer);
    if (i == 3) to_correct = static_cast<std::int64_t>(b.size());
    if (i % 7 == 5) {
      b.Wait(seconds(20)).Add(EntryKind::kObservation, "officer", kObservations[i % 4]);
    }
    if (i == 9) {
      b.Wait(seconds(30))
          .Add(EntryKind::kInterpreterIssue, "interpreter",
               "The interpreter asks the applicant to repeat the name of the "
               "district; she uses a local name the interpreter did not know.");
    }
    if (i == 11) {
      b.Wait(seconds(30));
      Entry& c = b.Add(EntryKind::kCorrection, "applicant",
                       "When I came back from the market I saw three pick-up trucks in our "
                       "street, not two.");
      c.ref = to_correct;
    }
    if (i == 22) {
      b.Wait(seconds(20))
          .Add(EntryKind::kWarning, "officer",
               "The lawyer interrupts the applicant's answer for the third time. "
               "The officer reminds him that he may speak at the end (CH-3.9).");
    }
    // CH-11.2: past 3 h 50 min, one extension, with the interpreter's consent.
    if (!extended && b.now() - start >= minutes(230)) {
      Entry& e = b.Wait(seconds(20)).Add(EntryKind::kExtension, "officer");
      e.consent = true;
      e.reason = "The account of the detention in 2024 is not finished.";
      extended = true;
    }
    if (i == 14) b.Presence("lawyer", "left", "An urgent call from the court.");
    if (i == 14) lawyer_out = true;
    if (i == 19 && lawyer_out) {
      b.Presence("lawyer", "returned");
      lawyer_out = false;
    }
    // CH-11.1: a 15-minute break every 90 minutes.
    if (b.now() - last_break >= minutes(90)) {
      b.Wait(seconds(30)).Add(EntryKind::kBreakStart, "officer");
      b.Wait(minutes(15)).Add(EntryKind::kBreakEnd, "officer");
      last_break = b.now();
    }
  }
  if (lawyer_out) b.Presence("lawyer", "returned");
  b.Checklist("CH-6", "done");
  b.Checklist("CH-12.1", "done");
  b.Checklist("CH-12.2", "done", "The applicant says everything about her fear was said.");
  b.Wait(seconds(60));
  b.Add(EntryKind::kRemark, "lawyer",
        "The applicant was visibly tired after the second break; I ask that this be taken into "
        "account when her answers about the dates are assessed.");
  b.Checklist("CH-12.3", "done");
  b.Wait(seconds(60));
  b.Add(EntryKind::kEnd, "officer").outcome = "completed";
  return std::move(b).Build();
}

}  // namespace verbatim::report::sample
