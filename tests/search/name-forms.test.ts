import { describe, expect, it } from 'vitest';
import { nameForms, wordForms } from '../../src/search/name-forms.ts';

describe('wordForms', () => {
  it('declines a compound by its last part, with the stem change of juht → juhi', () => {
    const forms = wordForms('Kvaliteedijuht');
    expect(forms).toContain('kvaliteedijuhi');
    expect(forms).toContain('kvaliteedijuhile');
    expect(forms).toContain('kvaliteedijuhti');
    expect(forms).toContain('kvaliteedijuhtide');
  });

  it('gives the plural genitive that readers type for a collection ("tugiteenuste")', () => {
    expect(wordForms('Tugiteenus')).toEqual(expect.arrayContaining(['tugiteenuse', 'tugiteenuste', 'tugiteenusele']));
  });

  it('knows the irregular stem of liige (liikme)', () => {
    expect(wordForms('liige')).toEqual(expect.arrayContaining(['liikme', 'liiget', 'liikmete', 'liikmele']));
  });

  it('never repeats the word itself or a form', () => {
    const forms = wordForms('poliitika');
    expect(forms).not.toContain('poliitika');
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('gives nothing for a word whose ending it does not know, rather than a wrong form', () => {
    expect(wordForms('VAJS')).toEqual([]);
  });
});

describe('nameForms', () => {
  it('declines only the head word, the last of the name', () => {
    const forms = nameForms('Poliitikavaldkonna tuumiktiimi liige');
    expect(forms).toContain('liikme');
    expect(forms.some((form) => form.startsWith('poliitikavaldkon'))).toBe(false);
  });

  it('gives nothing for an empty name', () => {
    expect(nameForms('')).toEqual([]);
  });
});
