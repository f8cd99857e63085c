import { describe, expect, it } from 'vitest';
import { emptyPlan, localDateTimeToUtc, toPlan, validatePlan } from './plan_form';

describe('localDateTimeToUtc', () => {
  it('reads a datetime-local value as local time and gives RFC 3339 in UTC', () => {
    expect(localDateTimeToUtc('2026-11-23T09:30')).toBe(new Date(2026, 10, 23, 9, 30).toISOString());
    expect(localDateTimeToUtc('2026-11-23T09:30:15')).toBe(new Date(2026, 10, 23, 9, 30, 15).toISOString());
    expect(localDateTimeToUtc('2026-11-23T09:30')).toMatch(/^2026-11-2\dT\d\d:\d\d:00\.000Z$/);
  });

  it.each(['', '2026-11-23', '23/11/2026 09:30', '2026-02-30T09:00', '2026-13-01T09:00'])('refuses %j', (value) => {
    expect(localDateTimeToUtc(value)).toBeNull();
  });
});

describe('validatePlan', () => {
  const valid = { ...emptyPlan('ar'), planned_start: '2026-11-23T09:30', location: 'Room 3', interpreter_code: 'INT-042' };

  it('accepts a complete plan; the officer is optional', () => {
    expect(validatePlan(valid)).toEqual({});
  });

  it('names every missing field', () => {
    const errors = validatePlan(emptyPlan());
    expect(Object.keys(errors).sort()).toEqual(['interpreter_code', 'language', 'location', 'planned_start']);
    expect(errors.interpreter_code).toMatch(/code \(not their name\)/);
  });

  it('refuses a language that is not a code', () => {
    expect(validatePlan({ ...valid, language: 'Arabic' }).language).toMatch(/2 or 3 letters/);
  });

  it('limits fields to 200 bytes, as the server does', () => {
    expect(validatePlan({ ...valid, location: 'م'.repeat(101) }).location).toMatch(/200/);
    expect(validatePlan({ ...valid, location: 'م'.repeat(100) })).toEqual({});
  });
});

describe('toPlan', () => {
  it('trims, lower-cases the language, converts the start and leaves out an empty officer', () => {
    const plan = toPlan({
      planned_start: '2026-11-23T09:30',
      location: ' Room 3 ',
      language: 'AR',
      interpreter_code: ' INT-042 ',
      officer: ' ',
    });
    expect(plan).toEqual({
      planned_start: new Date(2026, 10, 23, 9, 30).toISOString(),
      location: 'Room 3',
      language: 'ar',
      interpreter_code: 'INT-042',
    });
    expect(toPlan({ ...emptyPlan('ar'), officer: 'officer2' }).officer).toBe('officer2');
  });
});
