import { describe, expect, it } from 'vitest';
import { nextCrucial, roomKeyAction } from './room_keys';
import { toggledKind } from './room_state';

const key = (code: string, key: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  code,
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('roomKeyAction', () => {
  it('toggles question ↔ answer with Ctrl+Space', () => {
    expect(roomKeyAction(key('Space', ' ', { ctrlKey: true }))).toEqual({ type: 'toggleQuestionAnswer' });
  });

  it('leaves plain and Shift+Space, and Ctrl+Alt+Space (AltGr), to the text', () => {
    expect(roomKeyAction(key('Space', ' '))).toBeNull();
    expect(roomKeyAction(key('Space', ' ', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(roomKeyAction(key('Space', ' ', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('records with Ctrl+Enter or ⌘+Enter, not with Enter alone (a new line)', () => {
    expect(roomKeyAction(key('Enter', 'Enter', { ctrlKey: true }))).toEqual({ type: 'submit' });
    expect(roomKeyAction(key('Enter', 'Enter', { metaKey: true }))).toEqual({ type: 'submit' });
    expect(roomKeyAction(key('Enter', 'Enter'))).toBeNull();
    expect(roomKeyAction(key('Enter', 'Enter', { shiftKey: true }))).toBeNull();
  });

  it.each([
    ['KeyQ', 'question'],
    ['KeyA', 'answer'],
    ['KeyO', 'observation'],
    ['KeyR', 'remark'],
    ['KeyI', 'interpreter_issue'],
    ['KeyC', 'correction'],
  ])('Alt+%s chooses %s, by key position (Option+Q types œ on a Mac)', (code, kind) => {
    expect(roomKeyAction(key(code, 'œ', { altKey: true }))).toEqual({ type: 'kind', kind });
  });

  it('starts or ends a break with Alt+B', () => {
    expect(roomKeyAction(key('KeyB', 'b', { altKey: true }))).toEqual({ type: 'break' });
  });

  it('ignores other keys, and Alt+letters with Ctrl (AltGr on Windows types characters)', () => {
    expect(roomKeyAction(key('KeyQ', 'q'))).toBeNull();
    expect(roomKeyAction(key('KeyQ', '@', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(roomKeyAction(key('KeyN', 'n', { altKey: true }))).toBeNull(); // The shell's New case.
  });
});

describe('toggledKind', () => {
  it('switches question ↔ answer, and any other kind to question', () => {
    expect(toggledKind('question')).toBe('answer');
    expect(toggledKind('answer')).toBe('question');
    expect(toggledKind('observation')).toBe('question');
    expect(toggledKind('correction')).toBe('question');
  });
});

describe('theme and crucial-question tags', () => {
  it('tags with a theme by Alt+1…4 (by key position), clears with Alt+0, cycles crucial questions with Alt+K', () => {
    expect(roomKeyAction(key('Digit1', '¡', { altKey: true }))).toEqual({ type: 'theme', theme: 'identity' });
    expect(roomKeyAction(key('Digit2', '2', { altKey: true }))).toEqual({ type: 'theme', theme: 'persecution' });
    expect(roomKeyAction(key('Digit3', '3', { altKey: true }))).toEqual({ type: 'theme', theme: 'fear_on_return' });
    expect(roomKeyAction(key('Digit4', '4', { altKey: true }))).toEqual({ type: 'theme', theme: 'evidence' });
    expect(roomKeyAction(key('Digit0', '0', { altKey: true }))).toEqual({ type: 'theme', theme: null });
    expect(roomKeyAction(key('Digit5', '5', { altKey: true }))).toBeNull();
    expect(roomKeyAction(key('Digit1', '1'))).toBeNull();
    expect(roomKeyAction(key('KeyK', 'k', { altKey: true }))).toEqual({ type: 'crucial' });
  });

  it('goes through the crucial questions in order, then back to none', () => {
    const ids = ['q1', 'q2'];
    expect(nextCrucial(ids, null)).toBe('q1');
    expect(nextCrucial(ids, 'q1')).toBe('q2');
    expect(nextCrucial(ids, 'q2')).toBeNull();
    expect(nextCrucial(ids, 'gone')).toBe('q1');
    expect(nextCrucial([], null)).toBeNull();
  });
});
