/**
 * The interview room's three clocks (CH-11): elapsed time, time to the next
 * break, time left. The server's overview gives the timers at the moment it
 * answered; the page moves them on by its own clock every second until the
 * next overview, so the server's (possibly test-) clock stays the reference.
 */
import { t } from '../i18n';
import type { InterviewOverview, Timers } from './interview_api';

/** A break is "due soon" this long before it is due (amber). */
export const BREAK_SOON_SECONDS = 10 * 60;
/** The allowed time is "nearly over" this long before its end (CH-11.2's warning). */
export const TIME_LEFT_SOON_SECONDS = 15 * 60;

export type ClockTone = 'normal' | 'soon' | 'over';

/** "1:05:09" for 3909 s; the sign is left to the words around it. */
export function formatDuration(seconds: number): string {
  const total = Math.floor(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Amber at 10 minutes or less, red once the break is due (CH-11.1). */
export function breakTone(untilBreakDueSeconds: number): ClockTone {
  if (untilBreakDueSeconds <= 0) return 'over';
  if (untilBreakDueSeconds <= BREAK_SOON_SECONDS) return 'soon';
  return 'normal';
}

/** Amber in the last 15 minutes, red once the allowed time is used up (CH-11.2). */
export function timeLeftTone(timeLeftSeconds: number): ClockTone {
  if (timeLeftSeconds <= 0) return 'over';
  if (timeLeftSeconds <= TIME_LEFT_SOON_SECONDS) return 'soon';
  return 'normal';
}

/**
 * The timers `nowMs` later than when the overview was fetched (`fetchedAtMs`).
 * Only a running interview (or its break) moves; a planned or ended one stands still.
 */
export function liveTimers(overview: Pick<InterviewOverview, 'status' | 'timers'>, fetchedAtMs: number, nowMs: number): Timers {
  const base = overview.timers;
  if (overview.status !== 'running' && overview.status !== 'on_break') return base;
  const passed = Math.max(0, Math.floor((nowMs - fetchedAtMs) / 1000));
  return {
    ...base,
    elapsed_seconds: base.elapsed_seconds + passed,
    time_left_seconds: base.time_left_seconds - passed,
    until_break_due_seconds: base.until_break_due_seconds - passed,
    break_elapsed_seconds: base.in_break ? base.break_elapsed_seconds + passed : base.break_elapsed_seconds,
  };
}

/** "Break due in 0:09:59" / "Break overdue by 0:02:00" / "On break for 0:05:00". */
export function breakClockText(timers: Timers): string {
  if (timers.in_break) return t('room.clock.onBreak', { time: formatDuration(timers.break_elapsed_seconds) });
  if (timers.until_break_due_seconds <= 0) {
    return t('room.clock.breakOverdue', { time: formatDuration(timers.until_break_due_seconds) });
  }
  return t('room.clock.breakDue', { time: formatDuration(timers.until_break_due_seconds) });
}

/** "2:34:57" or "over by 0:01:00". */
export function timeLeftText(timers: Timers): string {
  if (timers.time_left_seconds < 0) return t('room.clock.timeOver', { time: formatDuration(timers.time_left_seconds) });
  return formatDuration(timers.time_left_seconds);
}

/** "no extension" / "extended by 30 min". */
export function extensionText(extensionMinutes: number): string {
  return extensionMinutes > 0 ? t('room.clock.extended', { minutes: extensionMinutes }) : t('room.clock.noExtension');
}
