#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "interview/entry_json.h"
#include "interview/interview_service.h"
#include "interview/record_checker.h"
#include "report/interview_notes_pdf.h"

namespace verbatim::cli {
namespace {

struct InterviewFlags {
  DataFlags data;
  std::string id;
  std::string as;  // the user the read is done for
};

int Verify(const InterviewFlags& f) {
  auto config = ResolveConfig(f.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  interview::InterviewService service(*store, SystemClock::Instance());
  auto report = service.Verify(f.id);
  if (!report.ok()) return Fail(report.status().message());
  if (report->first_broken_seq) {
    std::cout << "Interview record BROKEN at entry " << *report->first_broken_seq << ": "
              << report->problem << ".\n";
    return 1;
  }
  std::cout << "Interview record intact: " << report->entries_checked << " entries.\n";
  return 0;
}

// The stored record, read for the user named by --as (checked and audited like a web read);
// on failure the reason is printed and nothing is returned.
std::optional<interview::InterviewRecord> LoadRecord(const InterviewFlags& f, bool with_annex) {
  auto config = ResolveConfig(f.data);
  if (!config) return std::nullopt;
  auto store = OpenStoreOrReport(*config);
  if (!store) return std::nullopt;
  auto who = ActingUser(*store, f.as);
  if (!who.ok()) {
    Fail(who.status().message());
    return std::nullopt;
  }
  interview::InterviewService service(*store, SystemClock::Instance());
  // The notes carry the completeness annex; the export is the bare record.
  auto record = with_annex ? service.Notes(*who, f.id) : service.Record(*who, f.id);
  if (!record.ok()) {
    Fail(record.status().message());
    return std::nullopt;
  }
  return std::move(record).value();
}

int Export(const InterviewFlags& f) {
  auto record = LoadRecord(f, false);
  if (!record) return 1;
  for (const auto& e : record->entries) std::cout << interview::EntryToJson(e).dump() << "\n";
  return 0;
}

// Exit codes as documented: 0 whether or not there are findings, 2 for input that is not a
// record (with the line and what is wrong), 1 when the file cannot be read.
int Check(const std::string& path, const std::string& profile_id) {
  std::ifstream in(path);
  if (!in) return Fail("cannot read " + path);
  auto profile = interview::LoadProfile(profile_id);
  if (!profile.ok()) return Fail(profile.status().message());
  const interview::CharterPolicy policy(*profile);
  auto findings = interview::CheckRecord(in, path, policy);
  if (!findings.ok()) {
    std::cerr << "verbatim: " << findings.status().message() << "\n";
    return 2;
  }
  std::cout << interview::FindingsToJson(*findings).dump(2) << "\n";
  return 0;
}

int ReportInterview(const InterviewFlags& f, const std::string& out) {
  auto record = LoadRecord(f, true);
  if (!record) return 1;
  auto pdf = report::RenderInterviewNotesPdf(*record);
  if (!pdf.ok()) return Fail(pdf.status().message());
  // Write beside, then rename: a crash never leaves a half-written notes file under its name.
  const std::string temp = out + ".partial";
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    file.write(pdf->data(), static_cast<std::streamsize>(pdf->size()));
    if (!file.flush()) return Fail("cannot write " + temp);
  }
  if (std::rename(temp.c_str(), out.c_str()) != 0) return Fail("cannot write " + out);
  std::cout << "Notes of interview " << f.id << " (" << record->entries.size() << " entries) written to "
            << out << ".\n";
  return 0;
}

}  // namespace

void AddInterviewCommands(std::vector<Command>& table) {
  table.push_back({{"interview", "check"},
                   "check a record file (JSON Lines) against the charter; prints findings",
                   [](CLI::App& app) -> std::function<int()> {
                     auto path = std::make_shared<std::string>();
                     auto profile = std::make_shared<std::string>("BE");
                     app.add_option("FILE", *path, "the record, one JSON entry per line")->required();
                     app.add_option("--profile", *profile, "jurisdiction profile (default BE)");
                     return [path, profile] { return Check(*path, *profile); };
                   }});
  table.push_back({{"interview", "verify"}, "check the hash chain of a stored interview record",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<InterviewFlags>();
                     app.add_option("ID", f->id, "the interview's id")->required();
                     AddDataFlags(app, f->data);
                     return [f] { return Verify(*f); };
                   }});
  table.push_back({{"interview", "export"},
                   "print a stored interview record as JSON Lines (the exchange format)",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<InterviewFlags>();
                     app.add_option("ID", f->id, "the interview's id")->required();
                     app.add_option("--as", f->as, "the officer or supervisor the export is for")
                         ->required();
                     AddDataFlags(app, f->data);
                     return [f] { return Export(*f); };
                   }});
  table.push_back({{"report", "interview"}, "write the notes of an interview as a PDF",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<InterviewFlags>();
                     auto out = std::make_shared<std::string>();
                     app.add_option("ID", f->id, "the interview's id")->required();
                     app.add_option("--out", *out, "the PDF file to write")->required();
                     app.add_option("--as", f->as, "the officer or supervisor the notes are for")
                         ->required();
                     AddDataFlags(app, f->data);
                     return [f, out] { return ReportInterview(*f, *out); };
                   }});
}

}  // namespace verbatim::cli
