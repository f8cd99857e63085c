#pragma once

// Shared by the speech tests: the LibriVox clips of pocketsphinx-testdata with their
// transcripts, and synthetic dictation made at test time with espeak-ng and sox.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace verbatim::speech::testing {

struct Utterance {
  std::string wav;
  std::string reference;
};

inline std::vector<Utterance> LibrivoxClips() {
  const std::string dir = "/usr/share/pocketsphinx/test/data/librivox/";
  std::vector<Utterance> out;
  std::ifstream in(dir + "transcription");
  for (std::string line; std::getline(in, line);) {
    // "<s> words </s> (fileid)"
    const auto open = line.rfind('(');
    const std::string id = line.substr(open + 1, line.rfind(')') - open - 1);
    std::string words = line.substr(0, open);
    for (const std::string tag : {"<s>", "</s>"}) {
      if (auto at = words.find(tag); at != std::string::npos) words.erase(at, tag.size());
    }
    out.push_back({dir + id + ".wav", words});
  }
  return out;
}

/// The held-out interview notes (tests/data/speech), never part of the dictation model's text.
inline std::vector<std::string> HeldOutNotes(size_t limit) {
  std::ifstream in(std::string(VERBATIM_SOURCE_DIR) + "/tests/data/speech/held_out_notes.txt");
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line) && out.size() < limit;) {
    if (!line.empty() && line[0] != '#') out.push_back(line);
  }
  return out;
}

/// Speaks each sentence with espeak-ng's American English voice and converts it with sox to
/// 16 kHz mono 16-bit WAV in a fresh temporary folder.
inline std::vector<Utterance> Synthesise(const std::vector<std::string>& sentences,
                                         const std::string& tag) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("verbatim-" + tag + "-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::vector<Utterance> out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto raw = dir / ("raw" + std::to_string(i) + ".wav");
    const auto wav = dir / ("note" + std::to_string(i) + ".wav");
    std::ofstream(dir / "text.txt") << sentences[i];
    const std::string cmd = "espeak-ng -v en-us -w " + raw.string() + " -f " +
                            (dir / "text.txt").string() + " && sox -q " + raw.string() +
                            " -r 16000 -c 1 -b 16 " + wav.string();
    if (std::system(cmd.c_str()) != 0) return {};
    out.push_back({wav.string(), sentences[i]});
  }
  return out;
}

}  // namespace verbatim::speech::testing
