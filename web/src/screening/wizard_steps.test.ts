import { describe, expect, it } from 'vitest';
import { TEST_FORM, testCheck } from './test_form';
import { baseType, isAsked, issuesFor, labelIn, nextAsked, orderedChoices, pick, previousAsked, stepsOf, typedValue, withAnswer } from './wizard_steps';
import { focusKind, wizardKeyAction } from './wizard_keys';

describe('wizard steps', () => {
  const steps = stepsOf(TEST_FORM.questions);

  it('reads XLSForm types with or without the list name', () => {
    expect(baseType('select_one yes_no')).toBe('select_one');
    expect(baseType('begin group')).toBe('begin_group');
    expect(baseType('begin_repeat')).toBe('begin_repeat');
    expect(baseType('group')).toBe('begin_group');
    expect(baseType('repeat')).toBe('begin_repeat');
    expect(baseType('calculate')).toBe('other');
  });

  it('flattens groups into their questions and keeps a repeat as one step', () => {
    expect(steps.map((s) => s.path)).toEqual(['specific_needs', 'left_on', 'route', 'reasons', 'reasons_other', 'statement']);
    expect(steps[1].section?.name).toBe('journey');
  });

  it('asks only what the server says is relevant (skip logic)', () => {
    const without = testCheck({ reasons: ['persecution'] });
    const reasons = steps.findIndex((s) => s.path === 'reasons');
    expect(steps[nextAsked(steps, reasons, without)].path).toBe('statement');
    const withOther = testCheck({ reasons: ['other'] });
    expect(steps[nextAsked(steps, reasons, withOther)].path).toBe('reasons_other');
    expect(steps[previousAsked(steps, steps.length - 1, without)].path).toBe('reasons');
    expect(previousAsked(steps, 0, without)).toBe(-1);
    expect(nextAsked(steps, steps.length - 1, without)).toBe(-1);
    expect(isAsked(steps[4], null)).toBe(true);
  });

  it('gives a repeat the issues of its instances', () => {
    const check = testCheck({ route: [{ duration: '2 days' }], reasons: ['other'] });
    expect(issuesFor(steps[2], check).map((i) => i.path)).toEqual(['route[1]/country']);
    expect(issuesFor(steps[3], check)).toEqual([]);
  });

  it('toggles choices and clears empty answers', () => {
    expect(pick('select_multiple', ['a'], 'b')).toEqual(['a', 'b']);
    expect(pick('select_multiple', ['a', 'b'], 'a')).toEqual(['b']);
    expect(pick('select_one', 'a', 'b')).toBe('b');
    expect(pick('select_one', 'a', 'a')).toBeUndefined();
    expect(withAnswer({ a: ['x'] }, 'a', [])).toEqual({});
    expect(withAnswer({}, 'b', 'yes')).toEqual({ b: 'yes' });
  });

  it('sends numbers for integer and decimal answers, text as typed', () => {
    expect(typedValue('integer', ' 12 ')).toBe(12);
    expect(typedValue('decimal', '1.5')).toBe(1.5);
    expect(typedValue('integer', '12a')).toBe('12a');
    expect(typedValue('text', '  spaced  ')).toBe('  spaced  ');
    expect(typedValue('text', '   ')).toBeUndefined();
  });

  it('puts a medical emergency first among the specific needs (UN-5)', () => {
    expect(orderedChoices(TEST_FORM.questions[0].choices!).map((c) => c.name)).toEqual(['medical_emergency', 'child', 'elderly']);
  });

  it('falls back from the language to the plain label and English', () => {
    expect(labelIn({ en: 'Yes', ru: 'Да' }, 'ru')).toBe('Да');
    expect(labelIn({ en: 'Yes' }, 'fa')).toBe('Yes');
    expect(labelIn({ '': 'Plain', en: 'Yes' }, 'fa')).toBe('Plain');
    expect(labelIn(undefined, 'en')).toBe('');
  });
});

describe('wizard keys', () => {
  const key = (init: Partial<KeyboardEvent>) => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...init });

  it('goes on with Enter or Alt+→ and back with Alt+←', () => {
    expect(wizardKeyAction(key({ key: 'Enter' }), 'none')).toEqual({ type: 'next' });
    expect(wizardKeyAction(key({ key: 'Enter' }), 'field')).toEqual({ type: 'next' });
    expect(wizardKeyAction(key({ key: 'ArrowRight', altKey: true }), 'multiline')).toEqual({ type: 'next' });
    expect(wizardKeyAction(key({ key: 'ArrowLeft', altKey: true }), 'field')).toEqual({ type: 'back' });
  });

  it('leaves Enter to text areas and buttons', () => {
    expect(wizardKeyAction(key({ key: 'Enter' }), 'multiline')).toBeNull();
    expect(wizardKeyAction(key({ key: 'Enter' }), 'control')).toBeNull();
  });

  it('picks choices with digits, from the number row or the keypad, but not while typing', () => {
    expect(wizardKeyAction(key({ key: '3', code: 'Digit3' }), 'none')).toEqual({ type: 'choice', index: 2 });
    expect(wizardKeyAction(key({ key: '1', code: 'Numpad1' }), 'control')).toEqual({ type: 'choice', index: 0 });
    expect(wizardKeyAction(key({ key: '3', code: 'Digit3' }), 'field')).toBeNull();
    expect(wizardKeyAction(key({ key: '0', code: 'Digit0' }), 'none')).toBeNull();
    expect(wizardKeyAction(key({ key: '2', code: 'Digit2', ctrlKey: true }), 'none')).toBeNull();
  });

  it('tells fields from choices', () => {
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(focusKind(checkbox)).toBe('none');
    expect(focusKind(document.createElement('input'))).toBe('field');
    expect(focusKind(document.createElement('textarea'))).toBe('multiline');
    expect(focusKind(document.createElement('button'))).toBe('control');
    expect(focusKind(document.createElement('select'))).toBe('field');
  });
});
