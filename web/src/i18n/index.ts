import { en, type Catalogue, type MessageKey } from './en';

export type { MessageKey } from './en';

/** Parameters substituted into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

const catalogues: Record<string, Catalogue> = { en };
let current: { locale: string; messages: Catalogue } = { locale: 'en', messages: en };

/**
 * Looks up `key` in the current catalogue and fills in `{name}` placeholders.
 * A placeholder without a parameter is left as written, so a mistake shows
 * on screen instead of silently vanishing.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = current.messages[key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Adds a catalogue for another language (tests and future translations). */
export function registerCatalogue(locale: string, messages: Catalogue): void {
  catalogues[locale] = messages;
}

/** Switches the language; unknown locales fall back to English. Returns the locale in use. */
export function setLocale(locale: string): string {
  const messages = catalogues[locale];
  current = messages ? { locale, messages } : { locale: 'en', messages: en };
  if (typeof document !== 'undefined') document.documentElement.lang = current.locale;
  return current.locale;
}

export function currentLocale(): string {
  return current.locale;
}
