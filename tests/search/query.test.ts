import { describe, expect, it } from 'vitest';
import { mergeWordResults, planQuery } from '../../src/search/query.ts';

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
