#pragma once

#include <filesystem>
#include <string>

namespace verbatim {

/// The folder of the data Verbatim ships (data/: exchange rates, profiles, codes, …):
/// `configured` when set, else data/ beside the binary's build folder, else the source tree's.
std::filesystem::path FindDataDir(const std::string& configured);

}  // namespace verbatim
