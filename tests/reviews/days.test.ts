import { describe, expect, it } from 'vitest';
import { addDays, addMonths, currentDay, daysBetween } from '../../src/reviews/days.ts';

describe('addMonths', () => {
  it('moves to the same day of a later month', () => {
    expect(addMonths('2025-03-15', 12)).toBe('2026-03-15');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('falls back to the last day when the target month is shorter', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
  });
});

describe('addDays and daysBetween', () => {
  it('count whole days across a daylight-saving change and a year end', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('currentDay', () => {
  it('is the calendar day in Tallinn, not in UTC', () => {
    expect(currentDay({}, new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(currentDay({}, new Date('2026-06-30T20:30:00Z'))).toBe('2026-06-30');
  });

  it('can be pinned with VAJS_TODAY, which must be a real day', () => {
    expect(currentDay({ VAJS_TODAY: '2026-02-01' }, new Date('2030-01-01T00:00:00Z'))).toBe('2026-02-01');
    expect(() => currentDay({ VAJS_TODAY: '2026-02-30' })).toThrow('VAJS_TODAY is "2026-02-30", but it must be a real day written as YYYY-MM-DD.');
  });
});
