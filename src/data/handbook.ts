import { getCollection, getEntry, render } from 'astro:content';
import { buildGraph, type Graph, type GraphEntry } from '../graph/build-graph.ts';
import { COLLECTION_KEYS, type CollectionKey } from '../model/collections.ts';

// The ONLY module that reads astro:content. Everything else gets plain data and the graph.

export interface Handbook {
  graph: Graph;
  all(collection: CollectionKey): GraphEntry[];
}

let loading: Promise<Handbook> | undefined;

function byOrderThenName(a: GraphEntry, b: GraphEntry): number {
  const order = Number(a.data.order ?? 0) - Number(b.data.order ?? 0);
  return order || a.id.localeCompare(b.id, 'et');
}

async function load(): Promise<Handbook> {
  const entries: GraphEntry[] = [];
  for (const collection of COLLECTION_KEYS) {
    for (const entry of await getCollection(collection)) {
      entries.push({ collection, id: entry.id, data: entry.data as Record<string, unknown>, body: entry.body });
    }
  }
  // The checker already stopped the build on broken references; here the graph is for backlinks.
  const { graph } = buildGraph(entries);
  const grouped = Map.groupBy(entries, (entry) => entry.collection);
  for (const list of grouped.values()) list.sort(byOrderThenName);
  return { graph, all: (collection) => grouped.get(collection) ?? [] };
}

/** Loads every collection once per build and builds the reference graph. */
export function loadHandbook(): Promise<Handbook> {
  loading ??= load();
  return loading;
}

/** The rendered prose of a Markdown/MDX entry (handbook chapters, pages, initiatives). */
export async function renderBody(collection: 'handbook' | 'pages' | 'initiatives', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}": the checker should have stopped the build.`);
  return render(entry);
}
