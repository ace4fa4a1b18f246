import { describe, expect, it } from 'vitest';
import { groupConsecutive } from '../../src/figures/row-groups.ts';

describe('groupConsecutive', () => {
  it('groups runs of the same key in order, and starts a new run when a key comes back', () => {
    const rows = ['a1', 'a2', 'b1', 'b2', 'b3', 'a3'];
    expect(groupConsecutive(rows, (row) => row[0])).toEqual([
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'b', items: ['b1', 'b2', 'b3'] },
      { key: 'a', items: ['a3'] },
    ]);
  });

  it('gives no group for no rows', () => {
    expect(groupConsecutive([], (row: string) => row)).toEqual([]);
  });
});
