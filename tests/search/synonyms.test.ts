import { describe, expect, it } from 'vitest';
import { createSynonymMatcher } from '../../src/search/synonyms.ts';

const matcher = createSynonymMatcher([
  { term: 'TERE', expansion: 'tegevuspõhine riigieelarve' },
  { term: 'VV TP', expansion: 'Vabariigi Valitsuse tegevusprogramm' },
  { term: 'VA', expansion: 'valitsemisala' },
]);

describe('createSynonymMatcher', () => {
  it('adds the expansion to a text that uses the abbreviation', () => {
    expect(matcher.synonymsOf('Poliitikavaldkond on TERE tegevuse tasand.')).toEqual(['tegevuspõhine riigieelarve']);
  });

  it('adds the abbreviation to a text that writes the expansion in another case', () => {
    expect(matcher.synonymsOf('tegevuspõhise riigieelarve alusel')).toEqual(['TERE']);
    expect(matcher.synonymsOf('Vabariigi Valitsuse tegevusprogrammis on')).toEqual(['VV TP']);
  });

  it('matches an abbreviation only as a whole word in its own letters', () => {
    expect(matcher.synonymsOf('TEREVIK ja tere ja VAJS')).toEqual([]);
    expect(matcher.synonymsOf('SoM VA asutused')).toEqual(['valitsemisala']);
  });

  it('matches a two-word abbreviation across any white space', () => {
    expect(matcher.synonymsOf('VV\nTP eesmärgid')).toEqual(['Vabariigi Valitsuse tegevusprogramm']);
  });

  it('finds nothing in a text without either', () => {
    expect(matcher.synonymsOf('Hankeprotsess')).toEqual([]);
  });

  it('finds the terms a text uses among thousands, in the glossary\'s order', () => {
    const many = createSynonymMatcher([
      ...Array.from({ length: 5000 }, (_, n) => ({ term: `M${n}`, expansion: `mõiste number${n}` })),
      { term: 'TERE', expansion: 'tegevuspõhine riigieelarve' },
      { term: 'VA', expansion: 'valitsemisala' },
    ]);
    expect(many.synonymsOf('Valitsemisala asutuste TERE ja M4711, mitte M47110.')).toEqual(['mõiste number4711', 'tegevuspõhine riigieelarve', 'VA']);
  });
});
