#include "speech/pcm_audio.h"

#include <samplerate.h>
#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

namespace verbatim::speech {
namespace {

// libsndfile reads from memory through these callbacks (its "virtual I/O").
struct MemoryFile {
  std::string_view bytes;
  sf_count_t pos = 0;
};

sf_count_t VioLength(void* user) { return sf_count_t(static_cast<MemoryFile*>(user)->bytes.size()); }
sf_count_t VioSeek(sf_count_t offset, int whence, void* user) {
  auto* f = static_cast<MemoryFile*>(user);
  sf_count_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? f->pos : sf_count_t(f->bytes.size());
  f->pos = std::clamp<sf_count_t>(base + offset, 0, sf_count_t(f->bytes.size()));
  return f->pos;
}
sf_count_t VioRead(void* ptr, sf_count_t count, void* user) {
  auto* f = static_cast<MemoryFile*>(user);
  const sf_count_t n = std::min<sf_count_t>(count, sf_count_t(f->bytes.size()) - f->pos);
  std::memcpy(ptr, f->bytes.data() + f->pos, size_t(n));
  f->pos += n;
  return n;
}
sf_count_t VioWrite(const void*, sf_count_t, void*) { return 0; }
sf_count_t VioTell(void* user) { return static_cast<MemoryFile*>(user)->pos; }

std::uint32_t LittleEndian32(std::string_view b, size_t at) {
  return std::uint32_t(std::uint8_t(b[at])) | std::uint32_t(std::uint8_t(b[at + 1])) << 8 |
         std::uint32_t(std::uint8_t(b[at + 2])) << 16 | std::uint32_t(std::uint8_t(b[at + 3])) << 24;
}

// libsndfile quietly plays a cut-off WAV up to where it ends; a file that lost its tail in an
// upload must be an error instead, or the officer would get half a dictation without knowing.
bool IsTruncatedWav(std::string_view b) {
  if (b.size() < 12 || b.substr(0, 4) != "RIFF" || b.substr(8, 4) != "WAVE") return false;
  size_t at = 12;
  while (at + 8 <= b.size()) {
    const std::uint32_t size = LittleEndian32(b, at + 4);
    if (b.substr(at, 4) == "data") return at + 8 + size > b.size();
    at += 8 + size + (size & 1);
  }
  return true;  // no data chunk before the end
}

std::vector<float> MixToMono(const std::vector<float>& interleaved, int channels) {
  if (channels == 1) return interleaved;
  std::vector<float> mono(interleaved.size() / size_t(channels));
  for (size_t i = 0; i < mono.size(); ++i) {
    float sum = 0;
    for (int c = 0; c < channels; ++c) sum += interleaved[i * size_t(channels) + size_t(c)];
    mono[i] = sum / float(channels);
  }
  return mono;
}

Result<std::vector<float>> Resample(std::vector<float> mono, int rate, const std::string& what) {
  if (rate == PcmAudio::kSampleRate) return mono;
  const double ratio = double(PcmAudio::kSampleRate) / rate;
  std::vector<float> out(size_t(std::ceil(double(mono.size()) * ratio)) + 16);
  SRC_DATA data{};
  data.data_in = mono.data();
  data.input_frames = long(mono.size());
  data.data_out = out.data();
  data.output_frames = long(out.size());
  data.src_ratio = ratio;
  if (int err = src_simple(&data, SRC_SINC_FASTEST, 1); err != 0) {
    return InvalidArgument(what + ": cannot resample from " + std::to_string(rate) +
                           " Hz: " + src_strerror(err));
  }
  out.resize(size_t(data.output_frames_gen));
  return out;
}

}  // namespace

Status CheckSpeechLike(const PcmAudio& audio, const std::string& what) {
  if (audio.seconds() < 0.25) {
    return InvalidArgument(what + " holds " + std::to_string(int(audio.seconds() * 1000)) +
                           " ms of audio; dictation needs at least a quarter of a second");
  }
  int peak = 0;
  for (std::int16_t s : audio.samples) peak = std::max(peak, std::abs(int(s)));
  // -50 dBFS: below any microphone's speech level, above dither and the hiss of a quiet room.
  if (peak < 100) {
    return InvalidArgument(what + " is silent (peak level below -50 dBFS): check the microphone");
  }
  return Status::Ok();
}

Result<PcmAudio> DecodeAudio(std::string_view bytes, const std::string& what) {
  if (bytes.empty()) return InvalidArgument(what + " is empty: send WAV, FLAC or Ogg audio");
  if (IsTruncatedWav(bytes)) {
    return InvalidArgument(what + " is a truncated WAV file: its data chunk is shorter than its "
                           "header says");
  }
  MemoryFile file{bytes};
  SF_VIRTUAL_IO vio{VioLength, VioSeek, VioRead, VioWrite, VioTell};
  SF_INFO info{};
  SNDFILE* snd = sf_open_virtual(&vio, SFM_READ, &info, &file);
  if (snd == nullptr) {
    return InvalidArgument(what + " is not audio that can be read (WAV, FLAC or Ogg expected): " +
                           sf_strerror(nullptr));
  }
  if (info.channels < 1 || info.samplerate < 1000 || info.frames <= 0) {
    sf_close(snd);
    return InvalidArgument(what + " holds no audio frames");
  }
  std::vector<float> interleaved(size_t(info.frames) * size_t(info.channels));
  const sf_count_t read = sf_readf_float(snd, interleaved.data(), info.frames);
  const int error = sf_error(snd);
  sf_close(snd);
  if (error != SF_ERR_NO_ERROR || read < info.frames) {
    return InvalidArgument(what + " is truncated or damaged: read " + std::to_string(read) +
                           " of " + std::to_string(info.frames) + " frames");
  }
  VB_ASSIGN_OR_RETURN(std::vector<float> mono,
                      Resample(MixToMono(interleaved, info.channels), info.samplerate, what));
  PcmAudio audio;
  audio.samples.resize(mono.size());
  for (size_t i = 0; i < mono.size(); ++i) {
    audio.samples[i] = std::int16_t(std::lround(std::clamp(mono[i], -1.0f, 1.0f) * 32767.0f));
  }
  VB_RETURN_IF_ERROR(CheckSpeechLike(audio, what));
  return audio;
}

Result<PcmAudio> DecodeAudioFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return NotFound("cannot read " + file.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return DecodeAudio(bytes.str(), file.string());
}

std::string EncodeWav(const PcmAudio& audio) {
  const std::uint32_t data_bytes = std::uint32_t(audio.samples.size() * 2);
  std::string out;
  auto put32 = [&out](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(char((v >> (8 * i)) & 0xff));
  };
  auto put16 = [&out](std::uint16_t v) {
    out.push_back(char(v & 0xff));
    out.push_back(char(v >> 8));
  };
  out += "RIFF";
  put32(36 + data_bytes);
  out += "WAVEfmt ";
  put32(16);
  put16(1);  // PCM
  put16(1);  // mono
  put32(PcmAudio::kSampleRate);
  put32(PcmAudio::kSampleRate * 2);
  put16(2);
  put16(16);
  out += "data";
  put32(data_bytes);
  for (std::int16_t s : audio.samples) put16(std::uint16_t(s));
  return out;
}

Result<std::vector<std::int16_t>> SamplesFromLittleEndian(std::string_view bytes) {
  if (bytes.size() % 2 != 0) {
    return InvalidArgument("PCM chunk has an odd number of bytes; send 16-bit little-endian samples");
  }
  std::vector<std::int16_t> samples(bytes.size() / 2);
  for (size_t i = 0; i < samples.size(); ++i) {
    samples[i] = std::int16_t(std::uint16_t(std::uint8_t(bytes[2 * i])) |
                              std::uint16_t(std::uint8_t(bytes[2 * i + 1])) << 8);
  }
  return samples;
}

}  // namespace verbatim::speech
