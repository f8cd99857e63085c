import { describe, expect, it } from 'vitest';
import {
  appendDictation,
  CHUNK_SAMPLES,
  littleEndianBytes,
  newResampler,
  PcmChunker,
  resampleTo16k,
} from './dictation_audio';

describe('resampleTo16k', () => {
  it('turns one second at 48 kHz into one second at 16 kHz, across blocks', () => {
    const state = newResampler();
    let total = 0;
    for (let block = 0; block < 375; block++) {
      // 375 blocks of 128 frames = 48,000 samples, as an AudioWorklet delivers them
      total += resampleTo16k(new Float32Array(128).fill(0.5), 48000, state).length;
    }
    expect(Math.abs(total - 16000)).toBeLessThanOrEqual(1);
  });

  it('handles 44.1 kHz, whose step is not a whole number', () => {
    const state = newResampler();
    let total = 0;
    for (let i = 0; i < 441; i++) total += resampleTo16k(new Float32Array(100).fill(0), 44100, state).length;
    expect(Math.abs(total - 16000)).toBeLessThanOrEqual(1);
  });

  it('keeps a tone below 8 kHz and scales to 16-bit', () => {
    const input = new Float32Array(4800);
    for (let i = 0; i < input.length; i++) input[i] = Math.sin((2 * Math.PI * 440 * i) / 48000);
    const out = resampleTo16k(input, 48000, newResampler());
    expect(out.length).toBe(1600);
    const peak = Math.max(...Array.from(out, Math.abs));
    expect(peak).toBeGreaterThan(30000);
    expect(peak).toBeLessThanOrEqual(32767);
  });

  it('clips out-of-range samples instead of wrapping', () => {
    const out = resampleTo16k(new Float32Array(30).fill(3), 16000, newResampler());
    expect(Array.from(out).every((s) => s === 32767)).toBe(true);
  });
});

describe('PcmChunker', () => {
  it('hands out 256 ms chunks and the rest at the end', () => {
    const chunker = new PcmChunker();
    expect(chunker.push(new Int16Array(3000))).toHaveLength(0);
    const chunks = chunker.push(new Int16Array(6000));
    expect(chunks).toHaveLength(2);
    expect(chunks[0].length).toBe(CHUNK_SAMPLES);
    expect(chunker.flush()?.length).toBe(9000 - 2 * CHUNK_SAMPLES);
    expect(chunker.flush()).toBeNull();
  });
});

describe('littleEndianBytes', () => {
  it('writes low byte first', () => {
    expect(Array.from(littleEndianBytes(Int16Array.from([1, -2])))).toEqual([1, 0, 0xfe, 0xff]);
  });
});

describe('appendDictation', () => {
  it('adds dictated text after what was typed, as a draft', () => {
    expect(appendDictation('', ' the applicant states ')).toBe('the applicant states');
    expect(appendDictation('Answer: ', 'I left in May')).toBe('Answer: I left in May');
    expect(appendDictation('typed', '   ')).toBe('typed');
  });
});
