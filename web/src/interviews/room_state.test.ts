import { describe, expect, it } from 'vitest';
import type { RecordEntry } from './interview_api';
import {
  childNeedsAuthorization,
  correctableEntries,
  correctionsBySeq,
  mergeEntries,
  nextPresenceState,
  presenceByParticipant,
  resolvedItems,
} from './room_state';

let seq = 0;
const e = (fields: Partial<RecordEntry> & { kind: string }): RecordEntry => ({
  seq: ++seq,
  at: `2026-11-22T09:${String(seq).padStart(2, '0')}:00Z`,
  ...fields,
});

describe('resolvedItems', () => {
  it('counts an item done, or not applicable with a reason; the later entry wins (CH-3)', () => {
    const entries = [
      e({ kind: 'checklist', item: 'CH-3.1', status: 'done' }),
      e({ kind: 'checklist', item: 'CH-3.4', status: 'not_applicable', text: '' }),
      e({ kind: 'checklist', item: 'CH-3.5', status: 'not_applicable', text: 'No breaks needed.' }),
      e({ kind: 'checklist', item: 'CH-3.1', status: 'done' }),
      e({ kind: 'question', text: 'CH-3.2?' }),
    ];
    const resolved = resolvedItems(entries);
    expect([...resolved.keys()].sort()).toEqual(['CH-3.1', 'CH-3.5']);
    expect(resolved.get('CH-3.1')?.seq).toBe(entries[3].seq);
    expect(resolved.get('CH-3.5')?.text).toBe('No breaks needed.');
  });
});

describe('presence', () => {
  it('keeps the last state of each participant (CH-1.1)', () => {
    const entries = [
      e({ kind: 'presence', participant: 'lawyer', state: 'joined' }),
      e({ kind: 'presence', participant: 'interpreter', state: 'joined' }),
      e({ kind: 'presence', participant: 'lawyer', state: 'left' }),
    ];
    const last = presenceByParticipant(entries);
    expect(last.get('lawyer')?.state).toBe('left');
    expect(last.get('interpreter')?.state).toBe('joined');
    expect(last.has('child')).toBe(false);
  });

  it('records joined first, then left and returned in turn', () => {
    expect(nextPresenceState(undefined)).toBe('joined');
    expect(nextPresenceState('joined')).toBe('left');
    expect(nextPresenceState('left')).toBe('returned');
    expect(nextPresenceState('returned')).toBe('left');
  });

  it('asks for an authorisation for a child of 12 months or more (CH-4)', () => {
    expect(childNeedsAuthorization(11)).toBe(false);
    expect(childNeedsAuthorization(12)).toBe(true);
    expect(childNeedsAuthorization(undefined)).toBe(true);
  });
});

describe('corrections', () => {
  it('groups corrections under the entry they correct, and offers text entries newest first', () => {
    const answer = e({ kind: 'answer', text: 'In Homs.' });
    const start = e({ kind: 'start' });
    const fix = e({ kind: 'correction', ref: answer.seq, text: 'In Hama.' });
    expect(correctionsBySeq([answer, start, fix]).get(answer.seq)?.map((c) => c.text)).toEqual(['In Hama.']);
    expect(correctableEntries([answer, start, fix]).map((x) => x.seq)).toEqual([fix.seq, answer.seq]);
  });
});

describe('mergeEntries', () => {
  it('adds and replaces by seq, in seq order', () => {
    const a = { seq: 1, at: 'x', kind: 'start' };
    const c = { seq: 3, at: 'x', kind: 'observation', text: 'c' };
    const b = { seq: 2, at: 'x', kind: 'observation', text: 'b' };
    expect(mergeEntries([a, c], [b, { ...c, text: 'c2' }]).map((x) => [x.seq, x.text])).toEqual([
      [1, undefined],
      [2, 'b'],
      [3, 'c2'],
    ]);
  });
});
