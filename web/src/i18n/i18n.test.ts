import { afterEach, describe, expect, it } from 'vitest';
import { en, type Catalogue } from './en';
import { currentLocale, registerCatalogue, setLocale, t } from './index';

afterEach(() => {
  setLocale('en');
});

describe('t', () => {
  it('returns the English message for a key', () => {
    expect(t('login.sessionExpired')).toBe('Your session has expired. Please log in again.');
  });

  it('fills in named parameters, numbers included', () => {
    expect(t('caseForm.created', { caseNumber: 'VB-1' })).toBe('Case VB-1 was created.');
    expect(t('cases.count', { count: 3 })).toBe('3 cases');
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(t('caseForm.created', {})).toBe('Case {caseNumber} was created.');
  });

  it('uses a registered language and sets the page language', () => {
    const de: Catalogue = { ...en, 'nav.cases': 'Fälle' };
    registerCatalogue('de', de);
    expect(setLocale('de')).toBe('de');
    expect(t('nav.cases')).toBe('Fälle');
    expect(document.documentElement.lang).toBe('de');
  });

  it('falls back to English for an unknown language', () => {
    expect(setLocale('xx')).toBe('en');
    expect(currentLocale()).toBe('en');
    expect(t('nav.cases')).toBe('Cases');
  });

  it('has no empty message in the English catalogue', () => {
    const empty = Object.entries(en).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });
});
