import { describe, expect, it } from 'vitest';
import { formatDirective, isKnownDirective, versionInForce } from '../../src/site/format.ts';

describe('formatDirective', () => {
  it('writes a directive the Estonian way', () => {
    expect(formatDirective({ date: '2026-01-15', number: '2' })).toBe('15.01.2026 nr 2');
  });

  it('gives only the parts that are known, and nothing when neither is', () => {
    expect(formatDirective({ date: '2026-01-15' })).toBe('15.01.2026');
    expect(formatDirective({ number: '2' })).toBe('nr 2');
    expect(formatDirective({})).toBe('');
    expect(formatDirective(undefined)).toBe('');
  });
});

describe('isKnownDirective', () => {
  it('is true when the date or the number is known', () => {
    expect(isKnownDirective({ number: '2' })).toBe(true);
    expect(isKnownDirective({})).toBe(false);
    expect(isKnownDirective(undefined)).toBe(false);
  });
});

describe('versionInForce', () => {
  it('names the version, the day its directive took effect and the directive\'s number', () => {
    expect(versionInForce({ designation: 'S1', version: 3, approval: { date: '2026-01-15', number: '2' } })).toEqual({ version: 'S1 versioon 3', since: '15.01.2026', directive: 'käskkiri nr 2' });
  });

  it('leaves out what the directive does not give', () => {
    expect(versionInForce({ designation: 'S1', version: 4, approval: {} })).toEqual({ version: 'S1 versioon 4', since: undefined, directive: undefined });
  });
});
