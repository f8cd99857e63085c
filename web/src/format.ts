/** Display helpers for codes and timestamps, in the current language. */
import { currentLocale } from './i18n';

function displayName(type: 'region' | 'language', code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([currentLocale()], { type, fallback: 'none' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "Syria" for "SY"; undefined when the code is unknown. */
export function countryName(code: string): string | undefined {
  return displayName('region', code.toUpperCase());
}

/** "Arabic" for "ar"; undefined when the code is unknown. */
export function languageName(code: string): string | undefined {
  return displayName('language', code);
}

/** "Syria (SY)", or just the code when it has no known name. */
export function withCode(name: string | undefined, code: string): string {
  return name ? `${name} (${code})` : code;
}

/** A server timestamp as a local date and time; the raw text if it does not parse. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A server timestamp as a local time of day, "09:14:03"; the raw text if it does not parse. */
export function formatTimeOfDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLocale(), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}
