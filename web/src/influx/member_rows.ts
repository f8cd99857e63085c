/**
 * The rows of the mass-influx table as typed: text in every cell, specific needs as numbers
 * ("1 5") from the numbered list above the table, so that a whole family is typed without the
 * mouse. Converted to members only when the group is registered.
 */
import { t } from '../i18n';
import type { Member } from './group_api';

/** The Annex 1 specific needs (UN-5), numbered for typing. */
export const NEEDS = [
  'medical_emergency',
  'child',
  'unaccompanied_or_separated_child',
  'unaccompanied_with_disability',
  'health_problems',
  'shock_or_distress',
  'disoriented_unknown_country',
  'controlled_by_companion',
  'language_barrier',
  'elderly',
  'disability',
  'victim_violence_torture',
  'woman_at_risk',
] as const;

export interface MemberRow {
  name: string;
  sex: string;
  age: string;
  nationality: string;
  needs: string;
}

export const EMPTY_ROW: MemberRow = { name: '', sex: '', age: '', nationality: '', needs: '' };

export function isBlank(row: MemberRow): boolean {
  return !row.name.trim() && !row.age.trim() && !row.nationality.trim() && !row.needs.trim() && !row.sex;
}

/** The needs a row's text names: numbers of the list, or the needs' own names. */
export function parseNeeds(text: string): { needs: string[]; unknown: string[] } {
  const needs: string[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/[\s,;]+/).filter(Boolean)) {
    const byNumber = /^\d+$/.test(token) ? NEEDS[Number(token) - 1] : undefined;
    const byName = (NEEDS as readonly string[]).includes(token) ? token : undefined;
    const need = byNumber ?? byName;
    if (need) {
      if (!needs.includes(need)) needs.push(need);
    } else unknown.push(token);
  }
  return { needs, unknown };
}

export type RowErrors = Partial<Record<keyof MemberRow, string>>;

export function rowErrors(row: MemberRow): RowErrors {
  const errors: RowErrors = {};
  if (!row.name.trim()) errors.name = t('influx.error.name');
  if (row.age.trim() && (!/^\d{1,3}$/.test(row.age.trim()) || Number(row.age) > 120)) errors.age = t('influx.error.age');
  if (row.nationality.trim() && !/^[A-Za-z]{2}$/.test(row.nationality.trim())) errors.nationality = t('influx.error.nationality');
  const { unknown } = parseNeeds(row.needs);
  if (unknown.length) errors.needs = t('influx.error.needs', { unknown: unknown.join(', '), max: NEEDS.length });
  return errors;
}

export function toMember(row: MemberRow): Member {
  return {
    name: row.name.trim(),
    sex: row.sex,
    approximate_age: row.age.trim() ? Number(row.age.trim()) : null,
    nationality: row.nationality.trim().toUpperCase(),
    specific_needs: parseNeeds(row.needs).needs,
  };
}
