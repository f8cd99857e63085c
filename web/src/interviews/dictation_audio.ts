/**
 * Microphone audio → what the dictation API takes: 16 kHz mono 16-bit little-endian PCM in
 * chunks of 4,096 samples (256 ms). Pure functions, so that they can be tested without a
 * microphone; the AudioWorklet (public/dictation-worklet.js) only forwards the browser's
 * float samples at the device's rate.
 */
export const TARGET_RATE = 16000;
export const CHUNK_SAMPLES = 4096;

/**
 * Resamples float samples (−1…1) at `inputRate` to 16 kHz by averaging each output sample's
 * span of input (a box filter: enough against aliasing for speech at 44.1/48 kHz). Keeps the
 * fractional position between calls in `state` so that consecutive blocks join seamlessly.
 */
export interface ResamplerState {
  /** Input position (in input samples) of the next output sample, relative to the next block. */
  position: number;
}

export function newResampler(): ResamplerState {
  return { position: 0 };
}

export function resampleTo16k(input: Float32Array, inputRate: number, state: ResamplerState): Int16Array {
  if (inputRate <= 0) throw new Error('inputRate must be positive');
  const step = inputRate / TARGET_RATE;
  const out: number[] = [];
  let pos = state.position;
  while (pos + step <= input.length) {
    const start = Math.max(0, Math.floor(pos));
    const end = Math.max(start + 1, Math.floor(pos + step));
    let sum = 0;
    for (let i = start; i < end; i++) sum += input[i];
    out.push(toInt16(sum / (end - start)));
    pos += step;
  }
  state.position = pos - input.length;
  return Int16Array.from(out);
}

function toInt16(sample: number): number {
  const clamped = Math.max(-1, Math.min(1, sample));
  return Math.round(clamped * 32767);
}

/** Collects samples and hands out full chunks; `flush` gives the rest at the end. */
export class PcmChunker {
  private buffer: number[] = [];

  push(samples: Int16Array): Int16Array[] {
    for (const s of samples) this.buffer.push(s);
    const chunks: Int16Array[] = [];
    while (this.buffer.length >= CHUNK_SAMPLES) {
      chunks.push(Int16Array.from(this.buffer.splice(0, CHUNK_SAMPLES)));
    }
    return chunks;
  }

  flush(): Int16Array | null {
    if (this.buffer.length === 0) return null;
    const rest = Int16Array.from(this.buffer);
    this.buffer = [];
    return rest;
  }
}

/** The bytes of a chunk as the server reads them: little-endian whatever the machine. */
export function littleEndianBytes(samples: Int16Array): Uint8Array {
  const bytes = new Uint8Array(samples.length * 2);
  const view = new DataView(bytes.buffer);
  samples.forEach((s, i) => view.setInt16(i * 2, s, true));
  return bytes;
}

/** Puts dictated text after what the officer already typed, with one space between. */
export function appendDictation(current: string, dictated: string): string {
  const text = dictated.trim();
  if (text === '') return current;
  if (current.trim() === '') return text;
  return current.replace(/\s+$/, '') + ' ' + text;
}
