/**
 * Keys of the screening wizard, so an officer can go through the questions without the mouse:
 *
 *   Enter        next question (not in a multi-line answer, not on a button or link)
 *   Alt+→        next question           Alt+←  previous question
 *   1 … 9        picks the choice with that number (not while typing in a field)
 *
 * Arrows and digits are read from `event.key`/`event.code` so the number row and the keypad both
 * work, whatever the keyboard layout.
 */
export type WizardKeyAction = { type: 'next' } | { type: 'back' } | { type: 'choice'; index: number };

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** What the focused element is, as far as the keys care. */
export type FocusKind = 'none' | 'field' | 'multiline' | 'control';

export function focusKind(element: Element | null): FocusKind {
  if (!element) return 'none';
  const tag = element.tagName;
  if (tag === 'TEXTAREA') return 'multiline';
  if (tag === 'SELECT') return 'field';
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return 'control';
  if (tag === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return type === 'checkbox' || type === 'radio' ? 'none' : 'field';
  }
  return 'none';
}

export function wizardKeyAction(event: KeyEventLike, focus: FocusKind): WizardKeyAction | null {
  const { altKey, ctrlKey, metaKey, shiftKey } = event;
  if (altKey && !ctrlKey && !metaKey && !shiftKey) {
    if (event.key === 'ArrowRight') return { type: 'next' };
    if (event.key === 'ArrowLeft') return { type: 'back' };
    return null;
  }
  if (ctrlKey || metaKey || altKey) return null;
  if (event.key === 'Enter' && !shiftKey && (focus === 'none' || focus === 'field')) return { type: 'next' };
  if (shiftKey || focus === 'field' || focus === 'multiline') return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code) ?? /^([1-9])$/.exec(event.key);
  if (digit) return { type: 'choice', index: Number(digit[1]) - 1 };
  return null;
}
