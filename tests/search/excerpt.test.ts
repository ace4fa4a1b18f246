import { describe, expect, it } from 'vitest';
import { excerptAfterTitle } from '../../src/search/excerpt.ts';

describe('excerptAfterTitle', () => {
  it('drops the title the result already shows, with the mark that closes after it', () => {
    expect(excerptAfterTitle('P06 <mark>Hankeprotsess.</mark> <mark>Hankeprotsess</mark> on tugiprotsess.', 'P06 Hankeprotsess')).toBe('<mark>Hankeprotsess</mark> on tugiprotsess.');
  });

  it('reads entities in the excerpt as the characters of the title', () => {
    expect(excerptAfterTitle('Siseaudit &amp; riskid. <mark>Riskide</mark> hindamine.', 'Siseaudit & riskid')).toBe('<mark>Riskide</mark> hindamine.');
  });

  it('keeps the title when it holds the only match, so a matched word always shows', () => {
    const excerpt = '<mark>Kvaliteedijuht.</mark> Sotsiaalministeerium.';
    expect(excerptAfterTitle(excerpt, 'Kvaliteedijuht')).toBe(excerpt);
  });

  it('leaves an excerpt that does not begin with the title as it is', () => {
    const excerpt = 'teenuste <mark>osakonna</mark> juhataja';
    expect(excerptAfterTitle(excerpt, 'Teenuste osakond')).toBe(excerpt);
  });
});
