import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/escape-regexp.ts';

describe('escapeRegExp', () => {
  it('makes every character that means something in a pattern match itself', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });

  it('leaves letters, digits, spaces and slashes as they are', () => {
    expect(escapeRegExp('versions/Õ 3')).toBe('versions/Õ 3');
  });
});
