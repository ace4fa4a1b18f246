import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/model/fields.ts';

describe('isoDate', () => {
  const schema = isoDate('A day.');

  it('keeps a day written as YYYY-MM-DD', () => {
    expect(schema.parse('2026-01-15')).toBe('2026-01-15');
  });

  it('normalises a Date from a YAML parser that reads timestamps', () => {
    expect(schema.parse(new Date(Date.UTC(2026, 0, 15)))).toBe('2026-01-15');
  });

  it.each(['2026-02-30', '15.01.2026', '2026-1-5'])('rejects %s', (value) => {
    const result = schema.safeParse(value);
    expect(result.success ? undefined : result.error.issues[0]?.message).toBe('peab olema päris kuupäev kujul AAAA-KK-PP');
  });
});
