#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::coi {

/// A unit of search and citation: about a paragraph, with the headings of its section.
struct Passage {
  std::string heading;  // section path, " › " between levels; "" before the first heading
  std::string text;
};

/// Splits a document body into passages. Reads three layouts found in data/coi: Markdown (`#`
/// headings, blank lines between paragraphs; the 2024 State Department reports), Markdown with
/// short field labels on their own line ("Background", "Location"; the Factbook), and text
/// hard-wrapped from a PDF without blank lines (the 2023 reports), where Title Case lines and
/// "Section 1." / "a." lines are headings. Short neighbouring paragraphs of one section are
/// merged and very long ones cut at sentence ends, so passages stay about a paragraph long.
std::vector<Passage> SplitPassages(std::string_view body);

}  // namespace verbatim::coi
