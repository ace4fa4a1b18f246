import { describe, expect, it } from 'vitest';
import { mergeWordResults, normalizeCodes, planQuery } from '../../src/search/query.ts';

describe('planQuery', () => {
  it('drops the question words of a question in the reader\'s own words', () => {
    expect(planQuery('Kes on hankeprotsessi omanik?')).toEqual({ primary: 'hankeprotsessi omanik', fallbackWords: ['hankeprotsessi', 'omanik'] });
  });

  it('keeps codes whole, underscores included', () => {
    expect(planQuery('P01_J01')).toEqual({ primary: 'P01_J01', fallbackWords: [] });
  });

  it('searches a query of stop words only as typed', () => {
    expect(planQuery('mis on')).toEqual({ primary: 'mis on', fallbackWords: ['mis', 'on'] });
  });

  it('writes codes the way the handbook does', () => {
    expect(normalizeCodes('P5')).toBe('P05');
    expect(normalizeCodes('p 15')).toBe('P15');
    expect(normalizeCodes('P2 J4')).toBe('P02_J04');
    expect(normalizeCodes('kes on p2_j4 omanik')).toBe('kes on P02_J04 omanik');
    expect(normalizeCodes('PDCA')).toBe('PDCA');
  });

  it('drops the verb of a who-is-responsible question', () => {
    expect(planQuery('kes vastutab riskide eest').primary).toBe('riskide');
  });

  it('plans nothing for an empty or punctuation-only query', () => {
    expect(planQuery('  ?! ')).toEqual({ primary: '', fallbackWords: [] });
  });
});

describe('mergeWordResults', () => {
  it('puts pages that hold more of the words first, then the higher score', () => {
    const merged = mergeWordResults([
      [{ id: 'a', score: 5 }, { id: 'b', score: 1 }],
      [{ id: 'b', score: 1 }, { id: 'c', score: 9 }],
    ]);
    expect(merged.map((result) => result.id)).toEqual(['b', 'c', 'a']);
  });
});
