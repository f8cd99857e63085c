/**
 * The case's own words for dictation (issue 7): the applicant's names as the case file writes
 * them in Latin letters, so that the recogniser can write "Haddad" instead of "had add". The
 * server takes Latin letters, apostrophes and hyphens only; names in their original script stay
 * out (the recogniser's model is English).
 */
import { useEffect, useState } from 'preact/hooks';
import { getCase, type Applicant } from '../cases/case_api';

const LATIN_WORD = /^[A-Za-z][A-Za-z'-]*$/;

/** The distinct Latin-letter words of the applicant's family and given names. */
export function caseVocabulary(applicant: Pick<Applicant, 'family_name' | 'given_names'>): string[] {
  const words = `${applicant.family_name} ${applicant.given_names}`.split(/\s+/).filter((w) => LATIN_WORD.test(w));
  return Array.from(new Set(words));
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
