import { describe, expect, it } from 'vitest';
import { compoundParts, declensionOf, formsOfNameWord, nominativesOf } from '../../src/search/estonian-forms.ts';

// Cases from real queries: the form a reader typed must be among the forms of the name's word.
describe('declensionOf', () => {
  it.each([
    ['juht', ['juhi', 'juhti', 'juhid', 'juhtide', 'juhile']],
    ['hange', ['hanke', 'hanked', 'hangete', 'hankeid']],
    ['liige', ['liikme', 'liiget', 'liikmete', 'liikmele']],
    ['risk', ['riski', 'riskid', 'riskide', 'riske']],
    ['analüüs', ['analüüsi', 'analüüse', 'analüüsid']],
    ['ohver', ['ohvri', 'ohvrid', 'ohvrite']],
    ['laps', ['lapse', 'lapsed', 'laste', 'last', 'lapsi']],
    ['osakond', ['osakonna', 'osakonda', 'osakondade']],
    ['kaart', ['kaardi', 'kaarti', 'kaardid']],
    ['teenus', ['teenuse', 'teenuste', 'teenust']],
    ['juhtimine', ['juhtimise', 'juhtimist']],
    ['kantsler', ['kantsleri', 'kantslerid']],
    ['poliitika', ['poliitikat', 'poliitikad', 'poliitikate']],
    ['pension', ['pensioni', 'pensionid']],
  ])('declines %s', (word, forms) => {
    expect(declensionOf(word)).toEqual(expect.arrayContaining([word, ...forms]));
  });

  it('never repeats a form', () => {
    const forms = declensionOf('poliitika');
    expect(new Set(forms).size).toBe(forms.length);
  });
});

describe('nominativesOf', () => {
  it.each([
    ['valdkonna', 'valdkond'],
    ['pensioni', 'pension'],
    ['ohvri', 'ohver'],
    ['laste', 'laps'],
    ['riskide', 'risk'],
    ['hanke', 'hange'],
    ['liikme', 'liige'],
    ['juhi', 'juht'],
    ['lapsed', 'laps'],
    ['analüüse', 'analüüs'],
    ['tervise', 'tervis'],
  ])('finds %s → %s', (form, nominative) => {
    expect(nominativesOf(form)).toContain(nominative);
  });
});

describe('formsOfNameWord', () => {
  it('declines a genitive modifier through its nominative: "Laste" is found by "lapsed"', () => {
    expect(formsOfNameWord('Laste')).toContain('lapsed');
    expect(formsOfNameWord('riski')).toContain('riskide');
  });

  it('declines a word once: the forms it gives again are the same, and no caller can change them', () => {
    const forms = formsOfNameWord('teenuse');
    expect(formsOfNameWord('teenuse')).toBe(forms);
    expect(() => (forms as string[]).push('teenusedd')).toThrow(TypeError);
    expect(formsOfNameWord('teenuse')).not.toContain('teenusedd');
  });
});

describe('compoundParts', () => {
  const known = (word: string) => ['poliitika', 'abi', 'protsess'].includes(word);

  it('splits a compound into the site\'s own words, last part whole', () => {
    expect(compoundParts('Pensionipoliitika', known)).toEqual(['pensioni', 'poliitika']);
    expect(compoundParts('ohvriabipoliitika', known)).toEqual(['ohvri', 'abi', 'poliitika']);
    expect(compoundParts('analüüsiprotsess', known)).toEqual(['analüüsi', 'protsess']);
  });

  it('leaves a word whole when no part of it is a known word', () => {
    expect(compoundParts('kvaliteedijuht', known)).toEqual(['kvaliteedijuht']);
  });
});
