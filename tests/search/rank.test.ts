import { describe, expect, it } from 'vitest';
import { nameCloseness, rankByName, sameWord } from '../../src/search/rank.ts';

describe('sameWord', () => {
  it('matches forms of one word and the first part of a compound', () => {
    expect(sameWord('riskide', 'riskijuhtimise')).toBe(true);
    expect(sameWord('analüüse', 'analüüsiprotsess')).toBe(true);
    expect(sameWord('lapsed', 'laste')).toBe(true);
    expect(sameWord('valdkonna', 'osakonna')).toBe(false);
  });
});

describe('rankByName', () => {
  const rank = (query: string, titles: string[]) => rankByName(query.split(' '), titles, (title) => title);

  it('puts the closer of two similar names first', () => {
    expect(rank('valdkonna koosolek', ['Osakonna koosolek', 'Valdkonna koosolek (asekantsleri juhtimisel)'])[0]).toBe('Valdkonna koosolek (asekantsleri juhtimisel)');
  });

  it('prefers the name the query covers most', () => {
    expect(rank('analüüse', ['Analüüsi osakonna juhataja', 'Analüüsiprotsess'])[0]).toBe('Analüüsiprotsess');
  });

  it('prefers the word as typed over another of its forms', () => {
    expect(rank('riskijuhtimine', ['P12 Riskijuhtimise protsess', 'Siseaudit (ja riskijuhtimine)'])[0]).toBe('Siseaudit (ja riskijuhtimine)');
  });

  it('keeps the search\'s order among equals', () => {
    expect(rank('juht', ['Poliitikajuht', 'Teenusejuht'])).toEqual(['Poliitikajuht', 'Teenusejuht']);
    expect(nameCloseness(['x'], '')).toEqual({ matched: 0, exact: 0, coverage: 0 });
  });
});
