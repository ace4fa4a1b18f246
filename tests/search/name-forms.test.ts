import { describe, expect, it } from 'vitest';
import { nameForms } from '../../src/search/name-forms.ts';

const known = (word: string) => ['poliitika', 'abi', 'protsess', 'juhtimise', 'juht'].includes(word);

describe('nameForms', () => {
  it('declines the head word, a compound by its last part, with the stem change of juht → juhi', () => {
    const { head } = nameForms('Kvaliteedijuht', known);
    expect(head).toEqual(expect.arrayContaining(['kvaliteedijuhi', 'kvaliteedijuhile', 'kvaliteedijuhti', 'kvaliteedijuhtide']));
  });

  it('knows the stem of liige (liikme) and the plural genitive of a collection ("tugiteenuste")', () => {
    expect(nameForms('Tuumiktiimi liige').head).toEqual(expect.arrayContaining(['liikme', 'liikmete']));
    expect(nameForms('Tugiteenus').head).toContain('tugiteenuste');
  });

  it('finds a name by the other words and compound parts, in any form', () => {
    expect(nameForms('Pensionipoliitika', known).parts).toEqual(expect.arrayContaining(['pension', 'pensionid']));
    expect(nameForms('Ohvriabipoliitika', known).parts).toContain('ohvrid');
    expect(nameForms('Laste heaolu teenuste poliitika', known).parts).toContain('lapsed');
    expect(nameForms('Riskijuhtimise protsess', known).parts).toContain('riskide');
  });

  it('takes the head before a remark in brackets', () => {
    const { head, parts } = nameForms('Valdkonna koosolek (asekantsleri juhtimisel)', known);
    expect(head).toContain('koosolekud');
    expect(parts).toContain('valdkond');
    expect(head.some((form) => form.startsWith('juhtimis'))).toBe(false);
  });

  it('never repeats the name\'s own words, and gives nothing for an empty name', () => {
    expect(nameForms('Poliitika').head).not.toContain('poliitika');
    expect(nameForms('')).toEqual({ head: [], parts: [] });
  });
});
