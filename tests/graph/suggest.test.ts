import { describe, expect, it } from 'vitest';
import { closestMatches, didYouMean, editDistance } from '../../src/graph/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kantsler', 'kantsler')).toBe(0);
    expect(editDistance('kantsler', 'kantsle')).toBe(1);
    expect(editDistance('p13', 'p31')).toBe(2);
  });
});

describe('closestMatches', () => {
  const positions = ['kvaliteedijuht', 'kriisireguleerimis-ja-toimepidevuse-juht', 'siseauditi-juht', 'teadusnounik'];

  it('finds a typo by edit distance', () => {
    expect(closestMatches('kvaliteedjuht', positions)).toEqual(['kvaliteedijuht']);
  });

  it('finds a shortened id by its shared beginning', () => {
    expect(closestMatches('kriisijuht', positions)).toEqual(['kriisireguleerimis-ja-toimepidevuse-juht']);
  });

  it('returns nothing when nothing is close', () => {
    expect(closestMatches('minister', positions)).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('lists up to three candidates in a sentence', () => {
    expect(didYouMean('p1', ['p12', 'p13', 'p14', 'p15'])).toBe('Kas mõtlesid „p12“, „p13“ või „p14“?');
  });

  it('is undefined without candidates', () => {
    expect(didYouMean('x', [])).toBeUndefined();
  });
});
