import { describe, expect, it } from 'vitest';
import { MAX_VOCABULARY_WORDS, caseVocabulary, comparisonVocabulary, mergeVocabulary } from './case_vocabulary';
import type { ComparedStatement } from './room_coi_api';

describe('caseVocabulary (issue 7: the case\'s words for dictation)', () => {
  it('keeps the Latin words of the family and given names, once each', () => {
    expect(caseVocabulary({ family_name: 'Haddad', given_names: 'Yusuf Omar Yusuf' })).toEqual(['Haddad', 'Yusuf', 'Omar']);
  });

  it('keeps apostrophes and hyphens and leaves out other scripts and punctuation', () => {
    expect(caseVocabulary({ family_name: "O'Neill Al-Amin", given_names: 'محمد Tesfaye (Teddy)' })).toEqual([
      "O'Neill",
      'Al-Amin',
      'Tesfaye',
    ]);
  });
});

function statement(places: ComparedStatement['places'], actors: ComparedStatement['actors']): ComparedStatement {
  return { text: '', places, actors, periods: [], caption: '', passages: [] };
}

describe('comparisonVocabulary (issue 7: places and actors from the COI comparison)', () => {
  it('takes cities, regions and actors in Latin letters, without transliteration marks, and leaves out countries', () => {
    const found = comparisonVocabulary([
      statement(
        [
          { name: 'Ghaznī', country: 'AF', kind: 'city', matched: 'Ghazni' },
          { name: 'Afghanistan', country: 'AF', kind: 'country', matched: 'Afghanistan' },
          { name: 'Mazār-e Sharīf', country: 'AF', kind: 'city', matched: 'مزار شریف' },
        ],
        [{ name: 'al-Shabaab', countries: ['SO'], source: 'us-dos-2024-somalia.txt', matched: 'Al-Shabaab' }],
      ),
      statement([{ name: 'Baʿqūbah', country: 'IQ', kind: 'city', matched: 'Baqubah' }], []),
    ]);
    expect(found).toEqual(['Ghazni', 'Mazar-e', 'Sharif', 'al-Shabaab', 'Al-Shabaab', 'Baqubah']);
  });

  it('finds nothing in a comparison that names no place or actor', () => {
    expect(comparisonVocabulary([statement([], [])])).toEqual([]);
  });
});

describe('mergeVocabulary', () => {
  it('keeps the case words first, adds new words once, and stops at the server limit', () => {
    expect(mergeVocabulary(['Haddad', 'Yusuf'], ['Ghazni', 'Haddad'])).toEqual(['Haddad', 'Yusuf', 'Ghazni']);
    const many = Array.from({ length: MAX_VOCABULARY_WORDS + 10 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}${i}`);
    const merged = mergeVocabulary(['Haddad'], many);
    expect(merged).toHaveLength(MAX_VOCABULARY_WORDS);
    expect(merged[0]).toBe('Haddad');
  });
});
