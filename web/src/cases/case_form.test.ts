import { describe, expect, it } from 'vitest';
import {
  emptyCaseForm,
  parseLanguages,
  serverErrors,
  toApplicant,
  validateCaseForm,
  type CaseFormValues,
} from './case_form';

const TODAY = '2025-06-15';
const valid: CaseFormValues = {
  family_name: 'Ahmad',
  given_names: 'Mohammed',
  names_original_script: 'محمد أحمد',
  date_of_birth: '1990-05-04',
  nationality: 'sy',
  languages: 'ar, KU',
};

describe('validateCaseForm', () => {
  it('accepts a complete applicant', () => {
    expect(validateCaseForm(valid, TODAY)).toEqual({});
  });

  it.each([
    ['only the family name', { family_name: 'Ahmad' }],
    ['only the given names', { given_names: 'Mohammed' }],
  ])('accepts an applicant of whom %s and the required facts are known', (_name, names) => {
    const values = { ...emptyCaseForm(), date_of_birth: '1990', nationality: 'SY', ...names };
    expect(validateCaseForm(values, TODAY)).toEqual({});
  });

  it.each(['1990', '1990-05', '2025-06', '2025'])('accepts the partial date of birth %s', (date) => {
    expect(validateCaseForm({ ...valid, date_of_birth: date }, TODAY)).toEqual({});
  });

  it.each<[string, Partial<CaseFormValues>, string, RegExp]>([
    ['no name at all', { family_name: '  ', given_names: '' }, 'family_name', /family name, the given names, or both/],
    ['over-long given names', { given_names: 'x'.repeat(201) }, 'given_names', /at most 200/],
    ['missing date of birth', { date_of_birth: '' }, 'date_of_birth', /Enter the date of birth/],
    ['impossible date', { date_of_birth: '2001-02-30' }, 'date_of_birth', /no such date/],
    ['impossible month', { date_of_birth: '2001-13' }, 'date_of_birth', /no such date/],
    ['day-first date', { date_of_birth: '04/05/1990' }, 'date_of_birth', /YYYY-MM-DD/],
    ['date in the future', { date_of_birth: '2025-06-16' }, 'date_of_birth', /not be in the future/],
    ['month in the future', { date_of_birth: '2025-07' }, 'date_of_birth', /not be in the future/],
    ['year before 1900', { date_of_birth: '1899' }, 'date_of_birth', /1900 or later/],
    ['missing nationality', { nationality: '' }, 'nationality', /two-letter/],
    ['three-letter nationality', { nationality: 'SYR' }, 'nationality', /two-letter/],
    ['digits as nationality', { nationality: '12' }, 'nationality', /two-letter/],
    ['language name instead of code', { languages: 'ar, Arabic' }, 'languages', /“arabic” is not one/],
  ])('rejects %s', (_name, change, field, message) => {
    const errors = validateCaseForm({ ...valid, ...change }, TODAY);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field as keyof typeof errors]).toMatch(message);
  });

  it('counts characters, not UTF-16 units, for the length limit', () => {
    const arabic = 'م'.repeat(200);
    expect(validateCaseForm({ ...valid, names_original_script: arabic }, TODAY)).toEqual({});
  });

  it('accepts a date of birth of today', () => {
    expect(validateCaseForm({ ...valid, date_of_birth: TODAY }, TODAY)).toEqual({});
  });
});

describe('toApplicant', () => {
  it('trims names, upper-cases the country and splits the languages', () => {
    expect(toApplicant({ ...valid, family_name: ' Ahmad ' })).toEqual({
      family_name: 'Ahmad',
      given_names: 'Mohammed',
      names_original_script: 'محمد أحمد',
      date_of_birth: '1990-05-04',
      nationality: 'SY',
      languages: ['ar', 'ku'],
    });
  });

  it('sends unknown names as empty strings and no languages as []', () => {
    const applicant = toApplicant({ ...emptyCaseForm(), family_name: 'Ahmad', date_of_birth: '1990', nationality: 'sy' });
    expect(applicant).toEqual({
      family_name: 'Ahmad',
      given_names: '',
      names_original_script: '',
      date_of_birth: '1990',
      nationality: 'SY',
      languages: [],
    });
  });
});

describe('parseLanguages', () => {
  it('drops empty entries and spaces', () => {
    expect(parseLanguages(' ar ,, fa ,')).toEqual(['ar', 'fa']);
    expect(parseLanguages('')).toEqual([]);
  });
});

describe('serverErrors', () => {
  it('puts errors on their fields, with or without the applicant prefix', () => {
    const { byField, other } = serverErrors([
      { field: 'applicant.nationality', message: 'Unknown country.' },
      { field: 'family_name', message: 'Required.' },
      { field: 'applicant.languages[1]', message: 'Unknown language.' },
      { field: 'case_number', message: 'Clash.' },
    ]);
    expect(byField).toEqual({
      nationality: 'Unknown country.',
      family_name: 'Required.',
      languages: 'Unknown language.',
    });
    expect(other).toEqual(['Clash.']);
  });
});
