#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace verbatim::speech {

/// Audio as every engine takes it: 16 kHz, mono, signed 16-bit samples.
struct PcmAudio {
  static constexpr int kSampleRate = 16000;
  std::vector<std::int16_t> samples;

  double seconds() const { return double(samples.size()) / kSampleRate; }
};

/// Decodes WAV, FLAC or Ogg/Vorbis (whatever libsndfile reads) and resamples it to 16 kHz mono
/// with libsamplerate. Empty, truncated, silent or non-audio input is an InvalidArgument whose
/// message says which. `what` names the input in messages ("upload", a file name).
Result<PcmAudio> DecodeAudio(std::string_view bytes, const std::string& what);
Result<PcmAudio> DecodeAudioFile(const std::filesystem::path& file);

/// Checks audio that arrives already as 16 kHz PCM (live dictation): long enough and not silent.
Status CheckSpeechLike(const PcmAudio& audio, const std::string& what);

/// A 16 kHz mono 16-bit PCM WAV file's bytes (for engines that read files).
std::string EncodeWav(const PcmAudio& audio);

/// Raw little-endian int16 bytes as samples; an odd byte count is an error.
Result<std::vector<std::int16_t>> SamplesFromLittleEndian(std::string_view bytes);

}  // namespace verbatim::speech
