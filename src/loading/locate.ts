import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/**
 * Finds the line of a field inside YAML text. Only called for entries that have a problem, so the
 * fast path (plain parsing) never pays for positions.
 */
export function createLocator(yamlText: string, firstLine: number): (path: readonly PropertyKey[]) => number {
  let located: { doc: ReturnType<typeof parseDocument>; counter: LineCounter } | undefined;
  return (path) => {
    if (!located) {
      const counter = new LineCounter();
      located = { doc: parseDocument(yamlText, { lineCounter: counter, uniqueKeys: false }), counter };
    }
    const { doc, counter } = located;
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
        if (!pair) break;
        offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        offset = (node as { range?: [number, number, number] }).range?.[0] ?? offset;
      } else {
        break;
      }
    }
    if (offset === undefined) return firstLine;
    return counter.linePos(offset).line + firstLine - 1;
  };
}
