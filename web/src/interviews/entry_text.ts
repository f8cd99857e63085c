/**
 * How an entry reads in the room's record: its short label and, for entries
 * that are not declarations, a sentence made from its fields. Declarations
 * (questions, answers, observations, …) are shown exactly as typed.
 */
import { t, type MessageKey } from '../i18n';
import { ENTRY_KINDS, type EntryInput } from './interview_api';
import { itemLabelKey } from './room_state';

type EntryLike = Omit<EntryInput, 'kind'> & { kind: string };

/** Every kind the catalogue labels: all the record knows; an unknown kind shows as written. */
const LABELED = new Set<string>(ENTRY_KINDS);

/** "Q", "A", "Observation", "Remark (lawyer)", …; an unknown kind as the server spells it. */
export function entryLabel(entry: EntryLike): string {
  if (!LABELED.has(entry.kind)) return entry.kind;
  const label = t(`room.label.${entry.kind}` as MessageKey);
  const defaultBy = entry.kind === 'question' ? 'officer' : entry.kind === 'answer' ? 'applicant' : undefined;
  if (entry.by && entry.by !== defaultBy) return t('room.record.by', { label, by: participantName(entry.by) });
  return label;
}

export function participantName(who: string): string {
  const known = ['lawyer', 'trusted_person', 'guardian', 'interpreter', 'child', 'other'];
  if (known.includes(who)) return t(`room.participant.${who}` as MessageKey);
  return who;
}

export function checklistItemText(item: string): string {
  const key = itemLabelKey(item);
  return key ? t(key) : item;
}

/** The sentence for an entry made of fields; null for declarations, whose text is shown as typed. */
export function entrySummary(entry: EntryLike): string | null {
  switch (entry.kind) {
    case 'start':
      return t('room.text.start');
    case 'end':
      return t('room.text.end', {
        outcome: entry.outcome ? t(`room.end.outcome.${entry.outcome}` as MessageKey) : '—',
      });
    case 'break_start':
      return t('room.text.breakStart');
    case 'break_end':
      return t('room.text.breakEnd');
    case 'presence': {
      const state = entry.state ? t(`room.text.presence.${entry.state}` as MessageKey) : '';
      let text = t('room.text.presence', { participant: participantName(entry.participant ?? ''), state });
      if (typeof entry.age_months === 'number') text += ` ${t('room.text.childAge', { months: entry.age_months })}`;
      if (entry.authorization) text += ` ${t('room.text.authorization', { text: entry.authorization })}`;
      return text;
    }
    case 'checklist': {
      const params = { item: entry.item ?? '', label: checklistItemText(entry.item ?? '') };
      return entry.status === 'done' ? t('room.text.checklistDone', params) : t('room.text.checklistNA', params);
    }
    case 'warning':
      return t('room.text.warning');
    case 'incident':
      return entry.incident === 'conflict_of_interest' || entry.incident === 'disruption'
        ? t(`room.text.incident.${entry.incident}`)
        : entry.incident ?? '';
    case 'extension':
      return t('room.text.extension', {
        consent: entry.consent ? t('room.text.yes') : t('room.text.no'),
        reason: entry.reason ?? '',
      });
    case 'coi_reference':
      // AS-5: the server captures the document's title when the passage is cited.
      return t('room.text.citedSource', { title: entry.document_title ?? entry.passage_id ?? '' });
    default:
      return null;
  }
}
