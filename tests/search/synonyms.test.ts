import { describe, expect, it } from 'vitest';
import { createSynonymMatcher } from '../../src/search/synonyms.ts';
import { escapeRegExp } from '../../src/text/escape-regexp.ts';

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

  it('finds an expansion only as whole words that end in letters, apart by white space or hyphens', () => {
    expect(matcher.synonymsOf('tegevuspõhise-riigieelarve')).toEqual(['TERE']);
    expect(matcher.synonymsOf('tegevuspõhise riigieelarve2 ja mittetegevuspõhine riigieelarve')).toEqual([]);
    expect(matcher.synonymsOf('tegevuspõhise, riigieelarve')).toEqual([]);
  });

  // The meaning the matcher keeps, written as the regular expressions it does without.
  const termPattern = (term: string) => new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(term).replace(/\\? /g, '\\s+')}(?![\\p{L}\\d])`, 'u');
  const expansionPattern = (expansion: string) => {
    const words = expansion.match(/[\p{L}\d]+/gu) ?? [];
    return new RegExp(`(?<![\\p{L}\\d])${words.map((word) => `${escapeRegExp(word.slice(0, Math.max(3, word.length - 3)))}[\\p{L}]*`).join('[\\s-]+')}(?![\\p{L}\\d])`, 'iu');
  };

  it('finds in random texts exactly what the whole-word patterns of the terms and expansions find', () => {
    const glossary = [
      { term: 'TERE', expansion: 'tegevuspõhine riigieelarve' },
      { term: 'VV TP', expansion: 'Vabariigi Valitsuse tegevusprogramm' },
      { term: 'e-riik', expansion: 'elektrooniline riik' },
      { term: 'KOV', expansion: 'kohalik omavalitsus' },
      { term: 'Õ2', expansion: 'õppe2 kava' },
    ];
    const many = createSynonymMatcher(glossary);
    const pieces = ['TERE', 'tere', 'VV', 'TP', 'e-riik', 'riik', 'KOV', 'Õ2', 'õppe2', 'ÕPPE2', 'kava', 'kavad', 'tegevuspõhise', 'Tegevuspõhine', 'riigieelarve', 'riigieelarves', 'Vabariigi', 'valitsuse', 'tegevusprogrammis', 'elektroonilise', 'riigi', 'kohaliku', 'omavalitsuse', 'x', '7'];
    const gaps = [' ', '  ', '\n', '-', ' - ', ', ', '', '.', '\t', '\u00a0', 'ä'];
    let seed = 7;
    const next = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % limit;
    };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let part = 0; part < 6; part++) text += pieces[next(pieces.length)]! + gaps[next(gaps.length)]!;
      const expected = new Set<string>();
      for (const { term, expansion } of glossary) {
        if (termPattern(term).test(text)) expected.add(expansion);
        if (expansionPattern(expansion).test(text)) expected.add(term);
      }
      expect(new Set(many.synonymsOf(text)), text).toEqual(expected);
    }
  });
});
