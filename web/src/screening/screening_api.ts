/**
 * Typed calls for the border screening (issue 5, UN-1..UN-10): the questionnaires, the check of
 * skip logic and constraints, screenings with their result, the officer's confirmation of an
 * expression of fear (UN-4), decisions and referrals. Nothing is decided in the browser: the
 * server's one evaluator gives relevance, constraints and the result.
 */
import { request } from '../api';

/** A language a form is written in; `reviewed` false means a draft translation. */
export interface FormLanguage {
  code: string;
  name: string;
  reviewed: boolean;
  rtl: boolean;
}

export interface FormSummary {
  id: string;
  title: string;
  languages: FormLanguage[];
}

/** Texts by language code ("" is the plain `label` column of the sheet). */
export type Labels = Record<string, string>;

export interface FormChoice {
  name: string;
  label: Labels;
  /** Annex 1 indicators (UN-10): "*", "+", "*+" or empty. */
  marker?: string;
}

/** One survey row; groups and repeats hold their questions in `children`. */
export interface FormQuestion {
  name: string;
  /** XLSForm type: "select_one yes_no", "select_multiple reasons", "text", "begin_repeat"… */
  type: string;
  label: Labels;
  hint?: Labels;
  required?: boolean;
  appearance?: string;
  choices?: FormChoice[];
  children?: FormQuestion[];
}

export interface ScreeningForm extends FormSummary {
  questions: FormQuestion[];
}

/** An answer: a choice name, choice names, text, a number, or a repeat's instances. */
export type AnswerValue = string | number | string[] | Answers[];
export type Answers = Record<string, AnswerValue>;

export interface FormCheck {
  /** Paths of the relevant questions: "reasons", "route[2]/country" (instances count from 1). */
  relevant: string[];
  issues: { path: string; message: string }[];
  complete: boolean;
}

export interface Person {
  name: string;
  sex: string;
  approximate_age: number | null;
  nationality: string;
  language: string;
}

export interface ReferralSuggestion {
  category: string;
  priority: string;
  reason: string;
  /** The agency of the country's guide (UN-7), when the guide names one. */
  agency: { id: string; name: string } | string | null;
}

export interface ScreeningResult {
  potential_asylum_seeker: boolean;
  potential_trafficking_victim: boolean;
  non_refoulement: boolean;
  priority: string;
  specific_needs: string[];
  referrals: ReferralSuggestion[];
  indicators: { question: string; choice: string; marker: string }[];
  fear_expressions: { phrase: string; language: string; excerpt: string }[];
}

export interface Decision {
  id?: string;
  kind: string;
  note?: string;
  decided_at?: string;
  decided_by?: string;
}

export interface Screening {
  id: string;
  form: string;
  country: string;
  location: string;
  person: Person;
  answers: Answers;
  result: ScreeningResult;
  /** null until the officer confirms or dismisses the matched phrases (UN-4). */
  fear_confirmed: boolean | null;
  created_at: string;
  created_by: string;
  decisions: Decision[];
}

export interface ScreeningSummary {
  id: string;
  person: Partial<Person>;
  created_at: string;
  result: Pick<ScreeningResult, 'potential_asylum_seeker' | 'potential_trafficking_victim' | 'priority' | 'non_refoulement'>;
}

export async function listForms(signal?: AbortSignal): Promise<FormSummary[]> {
  const body = await request<{ forms: FormSummary[] }>('/screening/forms', { signal });
  return Array.isArray(body.forms) ? body.forms : [];
}

export function getForm(id: string, signal?: AbortSignal): Promise<ScreeningForm> {
  return request<ScreeningForm>(`/screening/forms/${encodeURIComponent(id)}`, { signal });
}

export function checkAnswers(formId: string, answers: Answers, signal?: AbortSignal): Promise<FormCheck> {
  return request<FormCheck>(`/screening/forms/${encodeURIComponent(formId)}/check`, {
    method: 'POST',
    body: { answers },
    signal,
  });
}

export interface NewScreening {
  form: string;
  country: string;
  location: string;
  person: Person;
  answers: Answers;
}

export function createScreening(screening: NewScreening): Promise<Screening> {
  return request<Screening>('/screenings', { method: 'POST', body: screening });
}

export async function listScreenings(q: string, signal?: AbortSignal): Promise<ScreeningSummary[]> {
  const body = await request<{ screenings: ScreeningSummary[] }>('/screenings', { query: { q: q.trim() }, signal });
  return Array.isArray(body.screenings) ? body.screenings : [];
}

export function getScreening(id: string, signal?: AbortSignal): Promise<Screening> {
  return request<Screening>(`/screenings/${encodeURIComponent(id)}`, { signal });
}

/** The officer confirms (true) or dismisses (false) the matched expressions of fear (UN-4). */
export function confirmFear(id: string, confirmed: boolean): Promise<Screening> {
  return request<Screening>(`/screenings/${encodeURIComponent(id)}/fear`, { method: 'POST', body: { confirmed } });
}

export const DECISION_KINDS = ['return', 'refusal_of_entry', 'admission', 'asylum_procedure', 'referral_only'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Records a decision; a return or refusal of entry under non-refoulement is refused with 409. */
export function recordDecision(id: string, kind: DecisionKind, note: string): Promise<Decision> {
  return request<Decision>(`/screenings/${encodeURIComponent(id)}/decisions`, { method: 'POST', body: { kind, note } });
}

export interface NewReferral {
  category: string;
  agency_id: string;
  priority: string;
  reason: string;
  consent: { given: boolean; override_reason: string };
}

export function sendReferral(screeningId: string, referral: NewReferral): Promise<{ id: string; status?: string }> {
  return request<{ id: string; status?: string }>(`/screenings/${encodeURIComponent(screeningId)}/referrals`, {
    method: 'POST',
    body: referral,
  });
}

/** The agency of a suggestion as {id, name}, whichever shape the server gives it in. */
export function agencyOf(suggestion: ReferralSuggestion): { id: string; name: string } | null {
  const agency = suggestion.agency;
  if (!agency) return null;
  if (typeof agency === 'string') return { id: agency, name: agency };
  return agency.id || agency.name ? { id: agency.id ?? '', name: agency.name ?? agency.id } : null;
}
