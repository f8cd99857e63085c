#include "speech/arpa_writer.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <functional>

namespace verbatim::speech {
namespace {

using Ngram = std::vector<std::string>;

struct HistoryStats {
  double count = 0;                   // c(h): how often h was followed by anything
  std::map<std::string, double> next; // c(h, w)
};

std::string Join(const Ngram& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string Log10(double p) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6f", p > 0 ? std::log10(p) : -99.0);
  return buffer;
}

}  // namespace

std::string WriteArpa(const std::vector<WordSequence>& sentences, int order) {
  order = std::max(1, std::min(order, 3));
  // histories[k] maps a history of k words to the words seen after it.
  std::vector<std::map<Ngram, HistoryStats>> histories{size_t(order)};
  for (const auto& sentence : sentences) {
    Ngram padded{"<s>"};
    padded.insert(padded.end(), sentence.begin(), sentence.end());
    padded.push_back("</s>");
    for (size_t i = 1; i < padded.size(); ++i) {
      for (int k = 0; k < order; ++k) {
        if (size_t(k) > i) break;
        Ngram history(padded.begin() + long(i) - k, padded.begin() + long(i));
        auto& stats = histories[size_t(k)][history];
        stats.count += 1;
        stats.next[padded[i]] += 1;
      }
    }
  }

  // probabilities[k][ngram of k+1 words] and back-off weights of histories.
  std::vector<std::map<Ngram, double>> probabilities{size_t(order)};
  std::map<Ngram, double> backoff;
  const auto& unigram_stats = histories[0][Ngram{}];
  for (const auto& [word, c] : unigram_stats.next) {
    probabilities[0][Ngram{word}] = c / unigram_stats.count;
  }
  probabilities[0][Ngram{"<s>"}] = 0;  // never predicted; only a history

  // P(w | h): the explicit estimate where (h, w) was seen, else α(h) · P(w | h without its
  // first word). Orders are filled lowest first, so every α this needs already exists.
  std::function<double(const Ngram&, const std::string&)> probability =
      [&](const Ngram& history, const std::string& word) -> double {
    Ngram ngram = history;
    ngram.push_back(word);
    const auto& table = probabilities[history.size()];
    if (auto it = table.find(ngram); it != table.end()) return it->second;
    if (history.empty()) return 0.0;
    auto weight = backoff.find(history);
    return (weight == backoff.end() ? 1.0 : weight->second) *
           probability(Ngram(history.begin() + 1, history.end()), word);
  };

  for (int k = 1; k < order; ++k) {
    for (const auto& [history, stats] : histories[size_t(k)]) {
      const double types = double(stats.next.size());
      const Ngram shorter(history.begin() + 1, history.end());
      double seen_lower = 0;
      for (const auto& [word, c] : stats.next) {
        Ngram ngram = history;
        ngram.push_back(word);
        probabilities[size_t(k)][ngram] = c / (stats.count + types);
        seen_lower += probability(shorter, word);
      }
      const double left = types / (stats.count + types);
      const double rest_lower = 1.0 - seen_lower;
      backoff[history] = rest_lower > 1e-9 ? left / rest_lower : 1.0;
    }
  }

  std::string out = "\\data\\\n";
  for (int k = 0; k < order; ++k) {
    out += "ngram " + std::to_string(k + 1) + "=" + std::to_string(probabilities[size_t(k)].size()) + "\n";
  }
  for (int k = 0; k < order; ++k) {
    out += "\n\\" + std::to_string(k + 1) + "-grams:\n";
    for (const auto& [ngram, p] : probabilities[size_t(k)]) {
      out += Log10(p) + " " + Join(ngram);
      if (k + 1 < order) {
        auto it = backoff.find(ngram);
        out += " " + Log10(it == backoff.end() ? 1.0 : it->second);
      }
      out += "\n";
    }
  }
  out += "\n\\end\\\n";
  return out;
}

}  // namespace verbatim::speech
