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
