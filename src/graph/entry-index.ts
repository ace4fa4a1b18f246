import type { CollectionKey } from '../model/collections.ts';
import { buildGraph, type Graph, type GraphEntry, isIn } from './build-graph.ts';
import { compareEstonian } from '../text/estonian-order.ts';

/** The handbook as the pages read it: the reference graph, and each collection's entries typed by it. */
export interface Handbook {
  graph: Graph;
  /** Every entry of the collection, by `order` then id: all('processes') gives the process entries. */
  all<K extends CollectionKey>(collection: K): GraphEntry<K>[];
  /**
   * The entry of the collection with that id: entry('processes', 'p15').data is a Process. An id
   * the handbook lacks throws, since the checker stops a build that links to one first.
   */
  entry<K extends CollectionKey>(collection: K, id: string): GraphEntry<K>;
}

function orderOf(entry: GraphEntry): number {
  return 'order' in entry.data ? entry.data.order : 0;
}

function byOrderThenName(a: GraphEntry, b: GraphEntry): number {
  return orderOf(a) - orderOf(b) || compareEstonian(a.id, b.id);
}

/** Indexes entries once: the graph for lookups and backlinks, and each collection's list in its order. */
export function indexHandbook(entries: readonly GraphEntry[]): Handbook {
  // The checker already stopped the build on broken references; here the graph is for backlinks.
  return handbookOf(buildGraph(entries).graph, entries);
}

/** The handbook of entries whose graph is built already (the checker's). */
export function handbookOf(graph: Graph, entries: readonly GraphEntry[]): Handbook {
  const grouped = Map.groupBy(entries, (entry) => entry.collection);
  for (const list of grouped.values()) list.sort(byOrderThenName);
  return {
    graph,
    // Each list holds its collection's entries only, so the filter keeps all of them: it is the test that types them.
    all: (collection) => (grouped.get(collection) ?? []).filter(isIn(collection)),
    entry: (collection, id) => {
      const found = graph.get(collection, id);
      if (!found) throw new Error(`No ${collection} entry "${id}": the checker should have stopped the build.`);
      return found;
    },
  };
}
