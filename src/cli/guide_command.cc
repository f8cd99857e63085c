// `verbatim guide …` and `verbatim agency assign`: the National Reference Guide (UN-7) and the
// users who act for a receiving agency.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>

#include "cli/command.h"
#include "referral/guide_pdf.h"
#include "referral/guide_service.h"
#include "referral/referral_service.h"

namespace verbatim::cli {
namespace {

struct GuideFlags {
  DataFlags data;
  std::string file;
  std::string country;
  std::string out;
};

struct AssignFlags {
  DataFlags data;
  std::string username;
  std::string agency_id;
};

// The line each agency object of a guide file starts on, in order: the checks name an agency as
// "agencies[2]", and a person editing the file needs the line too. A small scanner over the JSON
// text (already known to parse): strings are skipped, objects at depth 2 inside "agencies" count.
std::vector<int> AgencyLines(const std::string& text) {
  std::vector<int> lines;
  int line = 1, depth = 0;
  bool in_agencies = false;
  std::string last_key, token;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') ++line;
    if (c == '"') {
      token.clear();
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\') ++i;
        else token += text[i];
      }
      last_key = token;
    } else if (c == '{' || c == '[') {
      if (depth == 1 && c == '[') in_agencies = last_key == "agencies";
      if (depth == 2 && c == '{' && in_agencies) lines.push_back(line);
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
      if (depth == 1) in_agencies = false;
    }
  }
  return lines;
}

// "agencies[2].telephone: …" becomes "agencies[2] (line 31).telephone: …".
std::string WithLines(const std::string& message, const std::vector<int>& lines) {
  static const std::regex kAgency("agencies\\[([0-9]+)\\]");
  std::string out;
  auto begin = std::sregex_iterator(message.begin(), message.end(), kAgency);
  std::size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const std::size_t index = std::stoul((*it)[1].str());
    out += message.substr(last, it->position() - last) + it->str();
    if (index < lines.size()) out += " (line " + std::to_string(lines[index]) + ")";
    last = it->position() + it->length();
  }
  return out + message.substr(last);
}

std::unique_ptr<store::Store> Open(const DataFlags& data) {
  auto config = ResolveConfig(data);
  if (!config) return nullptr;
  return OpenStoreOrReport(*config);
}

int Import(const GuideFlags& f) {
  std::ifstream in(f.file, std::ios::binary);
  if (!in) return Fail(f.file + ": cannot be read");
  std::stringstream text;
  text << in.rdbuf();
  auto doc = ParseJson(text.str());
  if (!doc.ok()) {
    // ParseJson speaks of a request body; here it is a file.
    std::string why = doc.status().message();
    if (const auto colon = why.find("JSON: "); colon != std::string::npos) why = why.substr(colon + 6);
    return Fail(f.file + ": not valid JSON: " + why);
  }
  auto guide = referral::GuideFromJson(*doc, referral::LastUpdated::kFromDocument);
  if (!guide.ok()) return Fail(f.file + ": " + WithLines(guide.status().message(), AgencyLines(text.str())));
  auto store = Open(f.data);
  if (!store) return 1;
  referral::GuideService guides(*store, SystemClock::Instance());
  auto saved = guides.Import(CliOperator(), std::move(*guide));
  if (!saved.ok()) {
    return Fail(f.file + ": " + WithLines(saved.status().message(), AgencyLines(text.str())));
  }
  std::cout << "guide " << saved->country << ": " << saved->agencies.size() << " agencies, last updated "
            << saved->last_updated << (saved->example ? " (EXAMPLE)" : "") << "\n";
  return 0;
}

int Print(const GuideFlags& f) {
  auto store = Open(f.data);
  if (!store) return 1;
  referral::GuideService guides(*store, SystemClock::Instance());
  auto guide = guides.Get(f.country);
  if (!guide.ok()) {
    return Fail(guide.status().message() + " Import one with: verbatim guide import FILE.json");
  }
  auto pdf = referral::RenderGuidePdf(*guide);
  if (!pdf.ok()) return Fail(pdf.status().message());
  // Written beside the target and renamed, so a failure never leaves half a PDF behind.
  const std::string partial = f.out + ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(pdf->data(), static_cast<std::streamsize>(pdf->size()));
    if (!out.flush()) {
      std::remove(partial.c_str());
      return Fail(f.out + ": cannot be written");
    }
  }
  std::error_code ec;
  std::filesystem::rename(partial, f.out, ec);
  if (ec) {
    std::remove(partial.c_str());
    return Fail(f.out + ": cannot be written (" + ec.message() + ")");
  }
  std::cout << f.out << ": reference guide " << guide->country << ", " << pdf->size() << " bytes"
            << (guide->example ? " (EXAMPLE)" : "") << "\n";
  return 0;
}

int List(const GuideFlags& f) {
  auto store = Open(f.data);
  if (!store) return 1;
  referral::GuideService guides(*store, SystemClock::Instance());
  auto list = guides.List();
  if (!list.ok()) return Fail(list.status().message());
  for (const auto& g : *list) {
    std::cout << g.country << "  last updated " << g.last_updated << "  kept by " << g.maintained_by
              << (g.example ? "  (EXAMPLE)" : "") << "\n";
  }
  return 0;
}

int Export(const GuideFlags& f) {
  auto store = Open(f.data);
  if (!store) return 1;
  referral::GuideService guides(*store, SystemClock::Instance());
  auto guide = guides.Get(f.country);
  if (!guide.ok()) return Fail(guide.status().message());
  std::cout << referral::GuideToJson(*guide).dump(2) << "\n";
  return 0;
}

int Assign(const AssignFlags& f) {
  auto store = Open(f.data);
  if (!store) return 1;
  referral::ReferralService referrals(*store, SystemClock::Instance());
  if (Status s = referrals.AssignAgency(CliOperator(), f.username, f.agency_id); !s.ok()) {
    return Fail(s.message());
  }
  std::cout << f.username << " acts for " << f.agency_id << "\n";
  return 0;
}

}  // namespace

void AddGuideCommands(std::vector<Command>& table) {
  table.push_back({{"guide", "import"}, "import a National Reference Guide from JSON (docs/referrals.md)",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<GuideFlags>();
                     app.add_option("FILE", f->file, "the guide, e.g. data/guides/kz.example.json")->required();
                     AddDataFlags(app, f->data);
                     return [f] { return Import(*f); };
                   }});
  table.push_back({{"guide", "print"}, "write a country's reference guide as a PDF",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<GuideFlags>();
                     app.add_option("--country", f->country, "ISO 3166-1 alpha-2, e.g. KZ")->required();
                     app.add_option("--out", f->out, "the PDF file to write")->required();
                     AddDataFlags(app, f->data);
                     return [f] { return Print(*f); };
                   }});
  table.push_back({{"guide", "list"}, "the reference guides: country, last update, who keeps it",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<GuideFlags>();
                     AddDataFlags(app, f->data);
                     return [f] { return List(*f); };
                   }});
  table.push_back({{"guide", "export"}, "print a country's reference guide as JSON (the import format)",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<GuideFlags>();
                     app.add_option("--country", f->country, "ISO 3166-1 alpha-2, e.g. KZ")->required();
                     AddDataFlags(app, f->data);
                     return [f] { return Export(*f); };
                   }});
  table.push_back({{"agency", "assign"}, "make a referral_agency user act for an agency of a guide",
                   [](CLI::App& app) -> std::function<int()> {
                     auto f = std::make_shared<AssignFlags>();
                     app.add_option("USERNAME", f->username, "a user with the role referral_agency")->required();
                     app.add_option("AGENCY_ID", f->agency_id, "an agency id from a guide, e.g. kz-example-asylum")
                         ->required();
                     AddDataFlags(app, f->data);
                     return [f] { return Assign(*f); };
                   }});
}

}  // namespace verbatim::cli
