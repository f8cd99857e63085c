import { describe, expect, it } from 'vitest';
import {
  breakClockText,
  breakTone,
  extensionText,
  formatDuration,
  liveTimers,
  timeLeftText,
  timeLeftTone,
} from './clock';
import type { Timers } from './interview_api';

const timers = (change: Partial<Timers> = {}): Timers => ({
  elapsed_seconds: 5100,
  allowed_seconds: 14400,
  time_left_seconds: 9300,
  until_break_due_seconds: 300,
  in_break: false,
  break_elapsed_seconds: 0,
  ...change,
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00:00'],
    [59, '0:00:59'],
    [61, '0:01:01'],
    [3909, '1:05:09'],
    [14400, '4:00:00'],
    [-65, '0:01:05'],
    [12.9, '0:00:12'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('tones', () => {
  it('turns the break clock amber at 10 minutes or less and red once the break is due (CH-11.1)', () => {
    expect(breakTone(601)).toBe('normal');
    expect(breakTone(600)).toBe('soon');
    expect(breakTone(1)).toBe('soon');
    expect(breakTone(0)).toBe('over');
    expect(breakTone(-30)).toBe('over');
  });

  it('turns the time left amber in the last 15 minutes and red when it is used up (CH-11.2)', () => {
    expect(timeLeftTone(901)).toBe('normal');
    expect(timeLeftTone(900)).toBe('soon');
    expect(timeLeftTone(0)).toBe('over');
  });
});

describe('liveTimers', () => {
  it('moves a running interview on by the seconds since the overview was fetched', () => {
    const live = liveTimers({ status: 'running', timers: timers() }, 1_000_000, 1_010_900);
    expect(live.elapsed_seconds).toBe(5110);
    expect(live.time_left_seconds).toBe(9290);
    expect(live.until_break_due_seconds).toBe(290);
    expect(live.break_elapsed_seconds).toBe(0);
  });

  it('counts the break while on break', () => {
    const live = liveTimers(
      { status: 'on_break', timers: timers({ in_break: true, break_elapsed_seconds: 60 }) },
      0,
      30_000,
    );
    expect(live.break_elapsed_seconds).toBe(90);
    expect(live.elapsed_seconds).toBe(5130);
  });

  it('stands still for a planned or ended interview, and never runs backwards', () => {
    expect(liveTimers({ status: 'ended', timers: timers() }, 0, 99_000)).toEqual(timers());
    expect(liveTimers({ status: 'planned', timers: timers() }, 0, 99_000)).toEqual(timers());
    expect(liveTimers({ status: 'running', timers: timers() }, 10_000, 0).elapsed_seconds).toBe(5100);
  });
});

describe('clock texts', () => {
  it('says when the break is due, overdue, or running', () => {
    expect(breakClockText(timers({ until_break_due_seconds: 599 }))).toBe('due in 0:09:59');
    expect(breakClockText(timers({ until_break_due_seconds: -120 }))).toBe('overdue by 0:02:00');
    expect(breakClockText(timers({ in_break: true, break_elapsed_seconds: 300 }))).toBe('on break for 0:05:00');
  });

  it('says how much time is left, or by how much it is over, and the extension state', () => {
    expect(timeLeftText(timers({ time_left_seconds: 9300 }))).toBe('2:35:00');
    expect(timeLeftText(timers({ time_left_seconds: -65 }))).toBe('over by 0:01:05');
    expect(extensionText(0)).toBe('no extension');
    expect(extensionText(30)).toBe('extended by 30 min');
  });
});
