/**
 * The "Plan interview" form: its values, their checks and the request body.
 * Pure functions. The server checks again (every field but the officer is
 * required; planned_start is RFC 3339).
 */
import { t } from '../i18n';
import type { InterviewPlan } from './interview_api';

export const PLAN_FIELDS = ['planned_start', 'location', 'language', 'interpreter_code', 'officer'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];
export type PlanValues = Record<PlanField, string>;
export type PlanErrors = Partial<Record<PlanField, string>>;

export function emptyPlan(language = ''): PlanValues {
  return { planned_start: '', location: '', language, interpreter_code: '', officer: '' };
}

/**
 * A `datetime-local` value ("2026-11-23T09:30", the browser's local time) as
 * RFC 3339 in UTC ("2026-11-23T08:30:00.000Z"); null when it is not one.
 */
export function localDateTimeToUtc(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year, month - 1, day, hour, minute, second);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString();
}

export function validatePlan(values: PlanValues): PlanErrors {
  const errors: PlanErrors = {};
  if (!values.planned_start.trim()) errors.planned_start = t('plan.err.start');
  else if (localDateTimeToUtc(values.planned_start) === null) errors.planned_start = t('plan.err.startFormat');
  if (!values.location.trim()) errors.location = t('plan.err.location');
  if (!/^[a-z]{2,3}$/i.test(values.language.trim())) errors.language = t('plan.err.language');
  if (!values.interpreter_code.trim()) errors.interpreter_code = t('plan.err.interpreter');
  for (const field of PLAN_FIELDS) {
    if (!errors[field] && new TextEncoder().encode(values[field].trim()).length > 200) {
      errors[field] = t('plan.err.tooLong');
    }
  }
  return errors;
}

/** The request body; the officer is left out when empty (the server then takes the caller). */
export function toPlan(values: PlanValues): InterviewPlan {
  const plan: InterviewPlan = {
    interpreter_code: values.interpreter_code.trim(),
    language: values.language.trim().toLowerCase(),
    location: values.location.trim(),
    planned_start: localDateTimeToUtc(values.planned_start) ?? values.planned_start,
  };
  const officer = values.officer.trim();
  if (officer) plan.officer = officer;
  return plan;
}
