import { describe, expect, it } from 'vitest';
import { editDistance, suggestQuery, vocabularyOf } from '../../src/search/suggest.ts';

const vocabulary = vocabularyOf(['Hankeprotsess', 'Kantsleri koosolek', 'Pensionipoliitika', 'P15 Poliitikajuhtimise protsess']);

describe('suggestQuery', () => {
  it('offers the closest words of the site\'s names for mistyped ones', () => {
    expect(suggestQuery('kantsleri koosilek', vocabulary)).toBe('kantsleri koosolek');
    expect(suggestQuery('hankeprotesss', vocabulary)).toBe('hankeprotsess');
  });

  it('offers nothing when the words are the site\'s own or nothing is close', () => {
    expect(suggestQuery('koosolek', vocabulary)).toBeUndefined();
    expect(suggestQuery('qqqxyz', vocabulary)).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('koosolek', 'koosloek')).toBe(1);
    expect(vocabulary).not.toContain('15');
  });
});
