import { describe, expect, it } from 'vitest';
import { caseVocabulary } from './case_vocabulary';

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
