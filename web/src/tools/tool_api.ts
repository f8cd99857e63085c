/** Typed calls for /api/v1/tools: calendars, dates, ages, currencies and deadlines. */
import { request } from '../api';

/** Calendars the server converts between; the first ones are those officers need most. */
export async function listCalendars(signal?: AbortSignal): Promise<string[]> {
  const body = await request<{ calendars: string[] }>('/tools/calendars', { signal });
  return Array.isArray(body.calendars) ? body.calendars : [];
}

/** A date in one calendar. Months are ordinal: a Hebrew leap year has 13. */
export interface CalendarDate {
  calendar: string;
  year: number;
  month: number;
  day: number;
  era: string;
  month_name: string;
  weekday: string;
}

export type NameLanguage = 'en' | 'fa' | 'ps';

export function convertDate(
  date: string,
  from: string,
  to: string,
  names?: NameLanguage,
  signal?: AbortSignal,
): Promise<CalendarDate> {
  return request<CalendarDate>('/tools/date/convert', { query: { date: date.trim(), from, to, names }, signal });
}

/** An approximate date ("Hamal 1398", "spring 2015") as the Gregorian days it may mean. */
export interface DateRange {
  input: string;
  calendar: string;
  precision: string;
  first: string;
  last: string;
}

export function dateRange(text: string, calendar?: string, signal?: AbortSignal): Promise<DateRange> {
  return request<DateRange>('/tools/date/range', { query: { text: text.trim(), calendar }, signal });
}

export interface AgeRange {
  born: { first: string; last: string };
  on: { first: string; last: string };
  min: number;
  max: number;
}

/** The age in whole years of someone born on `born` (may be partial) on `on` (default: today). */
export function ageOn(born: string, on?: string, signal?: AbortSignal): Promise<AgeRange> {
  return request<AgeRange>('/tools/date/age', { query: { born: born.trim(), on: on?.trim() }, signal });
}

export interface CurrencyLeg {
  currency: string;
  series: string;
  period_start: string;
  units_per_usd: number;
}

export interface Conversion {
  amount: number;
  rate: number;
  rate_date: string;
  /** The series and periods used, to be cited as they are. */
  source: string;
  legs: CurrencyLeg[];
}

export function convertCurrency(
  amount: string,
  from: string,
  to: string,
  on: string,
  signal?: AbortSignal,
): Promise<Conversion> {
  return request<Conversion>('/tools/currency/convert', {
    query: { amount: amount.trim(), from: from.trim().toUpperCase(), to: to.trim().toUpperCase(), on: on.trim() },
    signal,
  });
}

export const DEADLINE_PROFILES = ['BE', 'DE', 'FR', 'NL'] as const;
export type DeadlineProfile = (typeof DEADLINE_PROFILES)[number];

export interface Deadline {
  due: string;
  from: string;
  profile: string;
  working_days: number;
  skipped_holidays: { date: string; name: string }[];
}

export async function deadline(
  profile: string,
  from: string,
  workingDays: string,
  signal?: AbortSignal,
): Promise<Deadline> {
  const body = await request<Deadline>('/tools/deadline', {
    query: { profile, from: from.trim(), working_days: workingDays.trim() },
    signal,
  });
  return { ...body, skipped_holidays: Array.isArray(body.skipped_holidays) ? body.skipped_holidays : [] };
}
