/**
 * Runs of consecutive items that share a key, in their order: how a table with a merged cell
 * down several rows (S1 table 2's kind of management) becomes row groups. A key that comes back
 * after another starts a new run, as the merged cell does in the source.
 */
export function groupConsecutive<T, K>(items: readonly T[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  const groups: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last && Object.is(last.key, key)) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}
