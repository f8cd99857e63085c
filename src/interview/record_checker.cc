#include "interview/record_checker.h"

#include "interview/entry_json.h"

namespace verbatim::interview {

Result<std::vector<Finding>> CheckRecord(std::istream& lines, const std::string& source_name,
                                         const CharterPolicy& policy) {
  std::vector<Finding> findings;
  InterviewState state;
  std::string line, prev_hash;
  bool chained = true;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = source_name + ":" + std::to_string(number) + ": ";
    auto json = ParseJson(line);
    if (!json.ok()) return InvalidArgument(where + json.status().message());
    auto entry = EntryFromJson(*json, JsonFields::kRecord);
    if (!entry.ok()) return InvalidArgument(where + entry.status().message());
    const Entry& e = *entry;
    if (e.seq != state.last_seq + 1) {
      findings.push_back({"CH-7.1", Severity::kViolation, e.seq,
                          "Entry " + std::to_string(state.last_seq + 1) +
                              " is missing: the record goes from " +
                              std::to_string(state.last_seq) + " to " + std::to_string(e.seq) + "."});
    }
    if (e.hash.empty()) {
      chained = false;
    } else if (chained && (e.prev_hash != prev_hash || ChainHash(e, e.prev_hash) != e.hash)) {
      findings.push_back({"CH-7.1", Severity::kViolation, e.seq,
                          "The hash chain is broken here: the entry was altered, or one before "
                          "it was removed."});
      chained = false;  // one finding is enough; every later hash fails with it
    }
    prev_hash = e.hash;
    const Decision d = policy.Evaluate(state, e);
    for (Finding f : d.refusals) {
      f.seq = e.seq;
      findings.push_back(std::move(f));
    }
    for (Finding f : d.notes) {
      f.seq = e.seq;
      findings.push_back(std::move(f));
    }
    policy.Apply(state, e);
  }
  if (number == 0 || !state.started) {
    findings.push_back({"CH-12.4", Severity::kViolation, 0, "The record has no start entry."});
  } else if (!state.ended) {
    findings.push_back({"CH-12.4", Severity::kWarning, state.last_seq,
                        "The record has no end entry: end time and duration are not recorded."});
  }
  return findings;
}

Json FindingsToJson(const std::vector<Finding>& findings) {
  Json list = Json::array();
  for (const auto& f : findings) {
    list.push_back({{"rule", f.rule}, {"severity", SeverityName(f.severity)}, {"seq", f.seq},
                    {"message", f.message}});
  }
  return {{"findings", list}};
}

}  // namespace verbatim::interview
