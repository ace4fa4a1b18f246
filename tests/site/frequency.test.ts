import { describe, expect, it } from 'vitest';
import type { Frequency } from '../../src/model/body.ts';
import { describeFrequency, describePerMonth, describePerQuarter, meetingsPerQuarter } from '../../src/site/frequency.ts';

const weekly: Frequency = { asWritten: 'Kord nädalas', times: 1, per: 'nädal' };
const twiceMonthly: Frequency = { asWritten: 'Üldjuhul 2 korda kuus', times: 2, per: 'kuu', qualifier: 'üldjuhul' };
const monthly: Frequency = { asWritten: 'Kord kuus', times: 1, per: 'kuu' };
const quarterly: Frequency = { asWritten: 'Kord trimestris', times: 1, per: 'kvartal' };

describe('meetingsPerQuarter', () => {
  it('counts a quarter as 13 weeks and 3 months', () => {
    expect([weekly, twiceMonthly, monthly, quarterly].map(meetingsPerQuarter)).toEqual([13, 6, 3, 1]);
  });
});

describe('describePerMonth and describePerQuarter', () => {
  it('say "kord" for once, a number for more, and "umbes" only where the count is not whole', () => {
    expect([weekly, twiceMonthly, monthly, quarterly].map(describePerMonth)).toEqual(['umbes 4 korda kuus', '2 korda kuus', 'kord kuus', 'harvem kui kord kuus']);
    expect([weekly, twiceMonthly, monthly, quarterly].map(describePerQuarter)).toEqual(['13 korda kvartalis', '6 korda kvartalis', '3 korda kvartalis', 'kord kvartalis']);
  });
});

describe('describeFrequency', () => {
  it('gives both counts, and for a quarterly body only the quarter', () => {
    expect(describeFrequency(weekly)).toBe('umbes 4 korda kuus, 13 korda kvartalis');
    expect(describeFrequency(quarterly)).toBe('kord kvartalis');
  });
});
