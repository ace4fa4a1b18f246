import type { GraphEntry } from '../../src/graph/build-graph.ts';
import type { CollectionKey } from '../../src/model/collections.ts';

/**
 * An entry for a unit test holding only the fields the code under test reads (the graph follows
 * references, the review schedule reads dates), not everything its collection's schema requires.
 * Such data is not what the schema parses to, so its type is asserted here, in this one place.
 */
export function partialEntry<K extends CollectionKey>(collection: K, id: string, data: Record<string, unknown> = {}, body?: string): GraphEntry<K> {
  return { collection, id, data, body } as GraphEntry<K>;
}
