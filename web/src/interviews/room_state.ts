/**
 * What the record means for the room's panels, derived from the entries:
 * which checklist items are resolved and how, who is present, which entries
 * were corrected. Pure functions, tested without a browser.
 */
import type { MessageKey } from '../i18n';
import { PARTICIPANTS, type EntryInput, type Participant, type PresenceState, type RecordEntry } from './interview_api';

/** CH-3.1 … CH-3.10: the opening, confirmed or marked not applicable before any question. */
export const OPENING_ITEMS = [
  'CH-3.1',
  'CH-3.2',
  'CH-3.3',
  'CH-3.4',
  'CH-3.5',
  'CH-3.6',
  'CH-3.7',
  'CH-3.8',
  'CH-3.9',
  'CH-3.10',
] as const;

/** CH-6 and CH-12.1 … CH-12.3: the closing, before an interview ends as completed. */
export const CLOSING_ITEMS = ['CH-6', 'CH-12.1', 'CH-12.2', 'CH-12.3'] as const;

export type ChecklistItem = (typeof OPENING_ITEMS)[number] | (typeof CLOSING_ITEMS)[number];

export function itemLabelKey(item: string): MessageKey | null {
  const known = [...OPENING_ITEMS, ...CLOSING_ITEMS].find((candidate) => candidate === item);
  return known ? (`room.item.${known}` as MessageKey) : null;
}

/** The entry kinds the editor writes; the others come from the room's buttons. */
export const EDITOR_KINDS = ['question', 'answer', 'observation', 'remark', 'interpreter_issue', 'correction'] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

export function isEditorKind(kind: string): kind is EditorKind {
  return (EDITOR_KINDS as readonly string[]).includes(kind);
}

/** One key switches question ↔ answer; from any other kind it goes to question. */
export function toggledKind(kind: EditorKind): EditorKind {
  return kind === 'question' ? 'answer' : 'question';
}

/** A checklist item counts as resolved when done, or not applicable with a reason (CH-3). */
export function resolvesItem(entry: Pick<EntryInput, 'status' | 'text'> & { kind: string }): boolean {
  return entry.kind === 'checklist' && (entry.status === 'done' || (entry.text ?? '').trim() !== '');
}

/** For each resolved checklist item, the entry that resolved it (the later one if confirmed twice). */
export function resolvedItems(entries: RecordEntry[]): Map<string, RecordEntry> {
  const resolved = new Map<string, RecordEntry>();
  for (const entry of entries) {
    if (entry.item && resolvesItem(entry)) resolved.set(entry.item, entry);
  }
  return resolved;
}

/** The last presence entry of each participant (CH-1.1: every absence and return is recorded). */
export function presenceByParticipant(entries: RecordEntry[]): Map<string, RecordEntry> {
  const last = new Map<string, RecordEntry>();
  for (const entry of entries) {
    if (entry.kind === 'presence' && entry.participant) last.set(entry.participant, entry);
  }
  return last;
}

export function isPresent(state: PresenceState | string | undefined): boolean {
  return state === 'joined' || state === 'returned';
}

/** What pressing a participant's toggle records: joined first, then left and returned in turn. */
export function nextPresenceState(last: PresenceState | string | undefined): PresenceState {
  if (last === undefined) return 'joined';
  return isPresent(last) ? 'left' : 'returned';
}

/** A child may be present under 12 months, or older with a recorded authorisation (CH-4). */
export function childNeedsAuthorization(ageMonths: number | undefined): boolean {
  return ageMonths === undefined || ageMonths >= 12;
}

/** Corrections by the seq they correct (CH-7.1: the original stays, the correction sits beside it). */
export function correctionsBySeq(entries: RecordEntry[]): Map<number, RecordEntry[]> {
  const map = new Map<number, RecordEntry[]>();
  for (const entry of entries) {
    if (entry.kind === 'correction' && typeof entry.ref === 'number') {
      map.set(entry.ref, [...(map.get(entry.ref) ?? []), entry]);
    }
  }
  return map;
}

const CORRECTABLE = new Set(['question', 'answer', 'observation', 'remark', 'interpreter_issue', 'correction', 'warning']);

/** Entries with text that a correction may point at, newest first. */
export function correctableEntries(entries: RecordEntry[]): RecordEntry[] {
  return entries.filter((entry) => CORRECTABLE.has(entry.kind) && (entry.text ?? '') !== '').reverse();
}

/** Adds or replaces entries by seq, keeping seq order. */
export function mergeEntries(current: RecordEntry[], incoming: RecordEntry[]): RecordEntry[] {
  const bySeq = new Map<number, RecordEntry>();
  for (const entry of current) bySeq.set(entry.seq, entry);
  for (const entry of incoming) bySeq.set(entry.seq, entry);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The participants panel lists them in this order. */
export const PRESENCE_PARTICIPANTS: readonly Participant[] = PARTICIPANTS;
