/** Typed calls for the interviews of a case, the interview room and the question hints. */
import { API_BASE, request, type Finding } from '../api';
import type { CaseId } from '../cases/case_api';

/** An interview as planned (GET /cases/{id}/interviews). */
export interface InterviewInfo {
  id: string;
  case_id: CaseId;
  case_number: string;
  officer: string;
  /** The interpreter is known by code only, never by name (CH-3.1). */
  interpreter_code: string;
  language: string;
  location: string;
  /** RFC 3339. */
  planned_start: string;
}

export interface InterviewPlan {
  interpreter_code: string;
  language: string;
  location: string;
  planned_start: string;
  officer?: string;
}

export type InterviewStatus = 'planned' | 'running' | 'on_break' | 'ended';

/** The charter's clocks at the moment the server answered (CH-11). */
export interface Timers {
  elapsed_seconds: number;
  allowed_seconds: number;
  time_left_seconds: number;
  until_break_due_seconds: number;
  in_break: boolean;
  break_elapsed_seconds: number;
}

/** GET /interviews/{id}: the interview, its state and its timers. */
export interface InterviewOverview extends InterviewInfo {
  applicant: { family_name: string; given_names: string; names_original_script: string };
  status: InterviewStatus;
  started_at: string | null;
  last_seq: number;
  open_opening_items: string[];
  open_closing_items: string[];
  extension_minutes: number;
  conflict_of_interest: boolean;
  disruption: boolean;
  timers: Timers;
  profile: string;
}

export const ENTRY_KINDS = [
  'start',
  'end',
  'checklist',
  'question',
  'answer',
  'observation',
  'remark',
  'interpreter_issue',
  'presence',
  'break_start',
  'break_end',
  'warning',
  'incident',
  'extension',
  'correction',
  'coi_reference',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const PARTICIPANTS = ['lawyer', 'trusted_person', 'guardian', 'interpreter', 'child', 'other'] as const;
export type Participant = (typeof PARTICIPANTS)[number];
export type PresenceState = 'joined' | 'left' | 'returned';

export const REMARK_BY = ['lawyer', 'trusted_person', 'guardian'] as const;
export type RemarkBy = (typeof REMARK_BY)[number];

export const OUTCOMES = ['completed', 'ended_conflict_of_interest', 'ended_disruption', 'to_be_continued'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const INCIDENTS = ['conflict_of_interest', 'disruption'] as const;
export type Incident = (typeof INCIDENTS)[number];

/** What the client sends for one entry; the server adds seq, at, author and the hashes. */
export interface EntryInput {
  kind: EntryKind;
  text?: string;
  by?: string;
  item?: string;
  status?: 'done' | 'not_applicable';
  participant?: Participant;
  state?: PresenceState;
  age_months?: number;
  authorization?: string;
  incident?: Incident;
  consent?: boolean;
  reason?: string;
  ref?: number;
  outcome?: Outcome;
  /** The theme the question or answer belongs to. */
  theme?: Theme;
  /** The id of the plan's crucial question it answers or asks. */
  crucial?: string;
  /** coi_reference (AS-5): the cited COI passage; the server fills in its document's fields. */
  passage_id?: string;
  document_id?: string;
  document_title?: string;
  document_source?: string;
  document_date?: string;
}

/** An entry with its idempotency key, as it is queued and sent. */
export interface OutgoingEntry extends EntryInput {
  client_id: string;
}

/** An entry of the record, as the server keeps it. */
export interface RecordEntry extends Omit<EntryInput, 'kind'> {
  kind: EntryKind | string;
  seq: number;
  at: string;
  author?: string;
  client_id?: string;
  hash?: string;
}

/** 201 answer to an appended entry. `replayed`: the client_id had been recorded already. */
export interface AppendResult {
  seq: number;
  at: string;
  hash: string;
  replayed: boolean;
  warnings: Finding[];
}

/** One CH-8 hint on a question being typed. `start`/`end` are byte offsets; `match` is the text. */
export interface QuestionHint {
  rule: string;
  kind: 'multiple_questions' | 'leading' | 'judging' | 'too_long' | 'jargon' | string;
  message: string;
  start: number;
  end: number;
  match: string;
}

const interviewPath = (id: string) => `/interviews/${encodeURIComponent(id)}`;

export async function listInterviews(caseId: string, signal?: AbortSignal): Promise<InterviewInfo[]> {
  const body = await request<{ interviews: InterviewInfo[] }>(`/cases/${encodeURIComponent(caseId)}/interviews`, {
    signal,
  });
  return body.interviews ?? [];
}

export function planInterview(caseId: string, plan: InterviewPlan): Promise<{ id: string }> {
  return request<{ id: string }>(`/cases/${encodeURIComponent(caseId)}/interviews`, { method: 'POST', body: plan });
}

export function getOverview(id: string, signal?: AbortSignal): Promise<InterviewOverview> {
  return request<InterviewOverview>(interviewPath(id), { signal });
}

export async function listEntries(id: string, signal?: AbortSignal): Promise<RecordEntry[]> {
  const body = await request<{ entries: RecordEntry[] }>(`${interviewPath(id)}/entries`, { signal });
  return body.entries ?? [];
}

/** Appends one entry. Throws ApiError: status 0 when unreachable, 409 with the refusals, 400. */
export async function appendEntry(id: string, entry: OutgoingEntry): Promise<AppendResult> {
  const result = await request<AppendResult>(`${interviewPath(id)}/entries`, { method: 'POST', body: entry });
  return { ...result, warnings: Array.isArray(result.warnings) ? result.warnings : [] };
}

export async function questionHints(text: string, language: string, signal?: AbortSignal): Promise<QuestionHint[]> {
  const body = await request<{ hints: QuestionHint[] }>('/hints/question', {
    method: 'POST',
    body: { text, language },
    signal,
  });
  return body.hints ?? [];
}

/** The notes as a PDF; opened in a new tab (the server forbids framing). */
export function reportUrl(id: string): string {
  return `${API_BASE}${interviewPath(id)}/report.pdf`;
}

/** The themes an entry can be tagged with (CH-2). */
export const THEMES = ['identity', 'persecution', 'fear_on_return', 'evidence'] as const;
export type Theme = (typeof THEMES)[number];

export interface CrucialQuestion {
  id: string;
  text: string;
  theme: string;
}

/** GET/PUT /interviews/{id}/plan: the preparation (CH-2.1–2.3). */
export interface PreparationPlan {
  flags: string[];
  theme_notes: Record<string, string>;
  crucial_questions: CrucialQuestion[];
  notes: string;
  themes: string[];
  available_flags: string[];
}

export async function getPreparation(id: string, signal?: AbortSignal): Promise<PreparationPlan> {
  const body = await request<Partial<PreparationPlan>>(`${interviewPath(id)}/plan`, { signal });
  return {
    flags: body.flags ?? [],
    theme_notes: body.theme_notes ?? {},
    crucial_questions: Array.isArray(body.crucial_questions) ? body.crucial_questions : [],
    notes: body.notes ?? '',
    themes: body.themes ?? [...THEMES],
    available_flags: body.available_flags ?? [],
  };
}

/** GET /interviews/{id}/completeness: what is still missing before closing (AS-4, CH-12.1). */
export interface Completeness {
  complete: boolean;
  uncovered_themes: string[];
  unanswered_crucial_questions: CrucialQuestion[];
  open_opening_items: string[];
  open_closing_items: string[];
  missing_facts: string[];
}

export async function getCompleteness(id: string, signal?: AbortSignal): Promise<Completeness> {
  const body = await request<Partial<Completeness>>(`${interviewPath(id)}/completeness`, { signal });
  const list = <T,>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
  return {
    complete: body.complete === true,
    uncovered_themes: list(body.uncovered_themes),
    unanswered_crucial_questions: list(body.unanswered_crucial_questions),
    open_opening_items: list(body.open_opening_items),
    open_closing_items: list(body.open_closing_items),
    missing_facts: list(body.missing_facts),
  };
}

/** What PUT /interviews/{id}/plan takes; a crucial question without an id gets one from the server. */
export interface PreparationInput {
  flags: string[];
  theme_notes: Record<string, string>;
  crucial_questions: { id?: string; text: string; theme: string }[];
  notes: string;
}

/** Saves the preparation; the answer lacks the lists of choices, which are kept from `before`. */
export async function savePreparation(
  id: string,
  plan: PreparationInput,
  before: PreparationPlan,
): Promise<PreparationPlan> {
  const body = await request<Partial<PreparationPlan>>(`${interviewPath(id)}/plan`, { method: 'PUT', body: plan });
  return {
    flags: body.flags ?? plan.flags,
    theme_notes: body.theme_notes ?? plan.theme_notes,
    crucial_questions: Array.isArray(body.crucial_questions) ? body.crucial_questions : before.crucial_questions,
    notes: body.notes ?? plan.notes,
    themes: body.themes ?? before.themes,
    available_flags: body.available_flags ?? before.available_flags,
  };
}
