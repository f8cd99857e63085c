/**
 * Keyboard shortcuts of the interview room. Letters are read from
 * `event.code` (the key's place), so they work whatever the keyboard layout
 * and even where Alt+letter would type a character (macOS Option).
 *
 *   Ctrl+Space  question ↔ answer (the one key to switch while taking notes)
 *   Alt+Q       question            Alt+A  answer
 *   Alt+O       observation         Alt+R  remark (lawyer, trusted person, guardian)
 *   Alt+I       interpreting issue  Alt+C  correction of an earlier entry
 *   Ctrl+Enter  record the entry (also ⌘+Enter)
 *   Alt+B       start or end a break
 *   Alt+1…4     tag the question/answer with a theme (identity, persecution, fear on return, evidence); Alt+0 none
 *   Alt+K       tag it with the next crucial question of the plan (after the last: none)
 *
 * None of these is a Chromium shortcut (Chromium keeps Alt+D, Alt+E, Alt+F and Alt+Home).
 * Where Ctrl+Space switches the input method (some Linux desktops, macOS), Alt+Q and Alt+A do
 * the same job.
 */
import { THEMES, type Theme } from './interview_api';
import type { EditorKind } from './room_state';

export type RoomKeyAction =
  | { type: 'toggleQuestionAnswer' }
  | { type: 'kind'; kind: EditorKind }
  | { type: 'submit' }
  | { type: 'break' }
  | { type: 'theme'; theme: Theme | null }
  | { type: 'crucial' };

type KeyEventLike = Pick<KeyboardEvent, 'code' | 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

const ALT_KINDS: Record<string, EditorKind> = {
  KeyQ: 'question',
  KeyA: 'answer',
  KeyO: 'observation',
  KeyR: 'remark',
  KeyI: 'interpreter_issue',
  KeyC: 'correction',
};

/** The room's action for a keydown, or null when it is not a room shortcut. */
export function roomKeyAction(event: KeyEventLike): RoomKeyAction | null {
  const { altKey, ctrlKey, metaKey, shiftKey } = event;
  if (ctrlKey && !altKey && !metaKey && !shiftKey && (event.code === 'Space' || event.key === ' ')) {
    return { type: 'toggleQuestionAnswer' };
  }
  if ((ctrlKey || metaKey) && !altKey && !shiftKey && event.key === 'Enter') return { type: 'submit' };
  if (altKey && !ctrlKey && !metaKey && !shiftKey) {
    const kind = ALT_KINDS[event.code];
    if (kind) return { type: 'kind', kind };
    if (event.code === 'KeyB') return { type: 'break' };
    if (event.code === 'KeyK') return { type: 'crucial' };
    if (event.code === 'Digit0') return { type: 'theme', theme: null };
    const digit = /^Digit([1-4])$/.exec(event.code);
    if (digit) return { type: 'theme', theme: THEMES[Number(digit[1]) - 1] };
  }
  return null;
}

/** The shortcut of each editor kind, for aria-keyshortcuts and the tooltips. */
export const KIND_SHORTCUTS: Record<EditorKind, string> = {
  question: 'Alt+Q',
  answer: 'Alt+A',
  observation: 'Alt+O',
  remark: 'Alt+R',
  interpreter_issue: 'Alt+I',
  correction: 'Alt+C',
};

/** The crucial question after `current` in the plan's order; after the last, none. */
export function nextCrucial(ids: readonly string[], current: string | null): string | null {
  if (ids.length === 0) return null;
  if (current === null) return ids[0];
  const index = ids.indexOf(current);
  return index === -1 ? ids[0] : index + 1 < ids.length ? ids[index + 1] : null;
}
