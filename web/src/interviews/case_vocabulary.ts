/**
 * The case's own words for dictation (issue 7): the applicant's names as the case file writes
 * them in Latin letters, so that the recogniser can write "Haddad" instead of "had add", and the
 * places and actors that the COI comparison found in the applicant's statements ("Ghazni",
 * "al-Shabaab"). The server takes Latin letters, apostrophes and hyphens only; names in their
 * original script stay out (the recogniser's model is English).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { getCase, type Applicant } from '../cases/case_api';
import type { ComparedStatement } from './room_coi_api';

const LATIN_WORD = /^[A-Za-z][A-Za-z'-]*$/;
/** The server's limit (src/speech/vocabulary.h, kMaxVocabularyWords); the case's names come first. */
export const MAX_VOCABULARY_WORDS = 500;

/** "Herāt" → "Herat", "Baʿqūbah" → "Baqubah": GeoNames writes transliteration marks. */
function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/[\p{M}ʿʾ]/gu, '');
}

/** The distinct Latin-letter words of `names`, in order. */
function latinWords(names: string[]): string[] {
  const words = names.flatMap((name) => withoutMarks(name).split(/[\s,()]+/)).filter((w) => LATIN_WORD.test(w));
  return Array.from(new Set(words));
}

/**
 * The places (the gazetteer's Latin name, and the statement's own spelling when it is Latin) and
 * actors (their name) that a comparison found. Country names are left out: the general model
 * knows them.
 */
export function comparisonVocabulary(statements: ComparedStatement[]): string[] {
  const names: string[] = [];
  for (const s of statements) {
    for (const place of s.places) if (place.kind !== 'country') names.push(place.name, place.matched);
    for (const actor of s.actors) names.push(actor.name, actor.matched);
  }
  return latinWords(names);
}

/** `first`, then the words of `more` that are not in it yet, at most MAX_VOCABULARY_WORDS. */
export function mergeVocabulary(first: string[], more: string[]): string[] {
  return Array.from(new Set([...first, ...more])).slice(0, MAX_VOCABULARY_WORDS);
}

/** The distinct Latin-letter words of the applicant's family and given names. */
export function caseVocabulary(applicant: Pick<Applicant, 'family_name' | 'given_names'>): string[] {
  const words = `${applicant.family_name} ${applicant.given_names}`.split(/\s+/).filter((w) => LATIN_WORD.test(w));
  return Array.from(new Set(words));
}

/**
 * The words the room adds as the officer compares statements with COI: they stay for the rest
 * of the interview, so that dictating about Ghazni after comparing an answer that names it
 * writes "Ghazni". `add` is stable.
 */
export function useComparisonVocabulary(): [string[], (statements: ComparedStatement[]) => void] {
  const [words, setWords] = useState<string[]>([]);
  const add = useCallback((statements: ComparedStatement[]) => {
    const found = comparisonVocabulary(statements);
    if (found.length > 0) setWords((old) => mergeVocabulary(old, found));
  }, []);
  return [words, add];
}

/** The vocabulary of the case an interview belongs to; empty until the case is loaded or when it cannot be. */
export function useCaseVocabulary(caseId: string | number | undefined): string[] {
  const [words, setWords] = useState<string[]>([]);
  useEffect(() => {
    if (caseId === undefined || caseId === '') return;
    const controller = new AbortController();
    getCase(String(caseId), controller.signal)
      .then((detail) => setWords(caseVocabulary(detail.applicant)))
      // Dictation still works without the case's words; the room shows no error for this.
      .catch(() => setWords([]));
    return () => controller.abort();
  }, [caseId]);
  return words;
}
