import type { Problem } from '../../errors/problem.ts';
import { type Graph, type GraphEntry, isIn } from '../../graph/build-graph.ts';
import type { CollectionKey } from '../../model/collections.ts';
import type { ValidEntry } from '../validate-shape.ts';

/** A check over the whole, shape-valid content: pure, so tests feed it entries directly. */
export type Rule = (entries: readonly ValidEntry[], graph: Graph) => Problem[];

/** The entries of one collection, typed by it: entriesOf(entries, 'processes') gives process entries. */
export function entriesOf<K extends CollectionKey>(entries: readonly ValidEntry[], collection: K): (ValidEntry & GraphEntry<K>)[] {
  return entries.filter(isIn(collection));
}
