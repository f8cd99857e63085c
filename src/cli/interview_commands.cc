#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "interview/entry_json.h"
#include "interview/interview_service.h"
#include "interview/record_checker.h"

namespace verbatim::cli {
namespace {

struct InterviewFlags {
  DataFlags data;
  std::string id;
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

int Export(const InterviewFlags& f) {
  auto config = ResolveConfig(f.data);
  if (!config) return 1;
  auto store = OpenStoreOrReport(*config);
  if (!store) return 1;
  interview::InterviewService service(*store, SystemClock::Instance());
  auto record = service.Record(CliOperator(), f.id);
  if (!record.ok()) return Fail(record.status().message());
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
                     AddDataFlags(app, f->data);
                     return [f] { return Export(*f); };
                   }});
}

}  // namespace verbatim::cli
