/**
 * The New case form's values, their validation and their conversion into the
 * request body. Pure functions, so the rules are tested without a browser.
 * The server validates again; its field errors are merged in by `serverErrors`.
 */
import type { FieldError } from '../api';
import { t, type MessageKey } from '../i18n';
import type { Applicant } from './case_api';

export const CASE_FIELDS = [
  'family_name',
  'given_names',
  'names_original_script',
  'date_of_birth',
  'nationality',
  'languages',
] as const;

export type CaseField = (typeof CASE_FIELDS)[number];

/** What the user typed, as typed. */
export type CaseFormValues = Record<CaseField, string>;

/** A message per invalid field. */
export type CaseFormErrors = Partial<Record<CaseField, string>>;

export const MAX_NAME_LENGTH = 200;

export function emptyCaseForm(): CaseFormValues {
  return {
    family_name: '',
    given_names: '',
    names_original_script: '',
    date_of_birth: '',
    nationality: '',
    languages: '',
  };
}

/** Splits "ar, KU ,," into ["ar", "ku"]. */
export function parseLanguages(text: string): string[] {
  return text
    .split(',')
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== '');
}

/** Checks a full or partial date of birth; returns the message key of the problem, if any. */
function dateProblem(text: string, today: string): MessageKey | null {
  if (!text) return 'caseForm.err.dateRequired';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return 'caseForm.err.dateFormat';
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return 'caseForm.err.dateNotReal';
  }
  if (year < 1900) return 'caseForm.err.dateTooEarly';
  // A partial date is in the future only if all of it is: "2025" is fine throughout 2025.
  if (text > today.slice(0, text.length)) return 'caseForm.err.dateFuture';
  return null;
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Checks the form by the server's rules (cases/applicant.cc), so that most
 * mistakes are caught before a round trip: a family name or given names (or
 * both); a date of birth, possibly partial (YYYY-MM or YYYY, as asylum files
 * record it when the day is unknown); a nationality; languages optional.
 * `today` (YYYY-MM-DD) bounds the date of birth.
 */
export function validateCaseForm(values: CaseFormValues, today: string): CaseFormErrors {
  const errors: CaseFormErrors = {};
  const tooLong = t('caseForm.err.tooLong', { max: MAX_NAME_LENGTH });

  if (!values.family_name.trim() && !values.given_names.trim()) {
    errors.family_name = t('caseForm.err.nameRequired');
  }
  for (const field of ['family_name', 'given_names', 'names_original_script'] as const) {
    if (!errors[field] && [...values[field].trim()].length > MAX_NAME_LENGTH) errors[field] = tooLong;
  }

  const date = dateProblem(values.date_of_birth.trim(), today);
  if (date) errors.date_of_birth = t(date);

  if (!/^[A-Za-z]{2}$/.test(values.nationality.trim())) errors.nationality = t('caseForm.err.nationality');

  const badLanguage = parseLanguages(values.languages).find((code) => !/^[a-z]{2,3}$/.test(code));
  if (badLanguage !== undefined) errors.languages = t('caseForm.err.languages', { code: badLanguage });

  return errors;
}

/** The applicant as the API expects it: trimmed strings ("" when not known), codes normalised. */
export function toApplicant(values: CaseFormValues): Applicant {
  return {
    family_name: values.family_name.trim(),
    given_names: values.given_names.trim(),
    names_original_script: values.names_original_script.trim(),
    date_of_birth: values.date_of_birth.trim(),
    nationality: values.nationality.trim().toUpperCase(),
    languages: parseLanguages(values.languages),
  };
}

/**
 * Sorts the server's field errors into the form's fields. The server may name
 * a field "family_name" or "applicant.family_name"; errors about other fields
 * are returned in `other` so they can still be shown.
 */
export function serverErrors(fieldErrors: FieldError[]): { byField: CaseFormErrors; other: string[] } {
  const byField: CaseFormErrors = {};
  const other: string[] = [];
  for (const { field, message } of fieldErrors) {
    const name = field.replace(/^\/?applicant[./]/, '').replace(/\[\d+\]$/, '');
    const known = CASE_FIELDS.find((candidate) => candidate === name);
    if (known && !byField[known]) byField[known] = message;
    else other.push(message);
  }
  return { byField, other };
}
