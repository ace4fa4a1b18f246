import type { Problem } from '../../errors/problem.ts';
import type { Graph } from '../../graph/build-graph.ts';
import type { CollectionKey } from '../../model/collections.ts';
import type { ValidEntry } from '../validate-shape.ts';

/** A check over the whole, shape-valid content: pure, so tests feed it entries directly. */
export type Rule = (entries: readonly ValidEntry[], graph: Graph) => Problem[];

export function entriesOf(entries: readonly ValidEntry[], collection: CollectionKey): ValidEntry[] {
  return entries.filter((entry) => entry.collection === collection);
}
