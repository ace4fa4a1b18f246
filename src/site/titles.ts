import type { Graph } from '../graph/build-graph.ts';
import { type CollectionKey, COLLECTIONS } from '../model/collections.ts';

/** The name readers see for an entry; a process leads with its code, because readers search by it. */
export function entryTitle(collection: CollectionKey, id: string, data: Record<string, unknown>): string {
  if (collection === 'processes') {
    const code = typeof data.code === 'string' ? data.code : undefined;
    const name = typeof data.name === 'string' ? data.name : undefined;
    if (code && name) return `${code} ${name}`;
    return code ?? name ?? id;
  }
  if (collection === 'handbook') {
    const number = String(data.number ?? '');
    const title = String(data.title ?? id);
    return /^\d/.test(number) ? `${number}. ${title}` : title;
  }
  const value = data[COLLECTIONS[collection].titleField];
  return typeof value === 'string' ? value : id;
}

/** The current name of any entry of a graph, or undefined for an id it lacks: what an empty ref: link shows. */
export function titleLookup(graph: Pick<Graph, 'get'>): (collection: CollectionKey, id: string) => string | undefined {
  return (collection, id) => {
    const entry = graph.get(collection, id);
    return entry && entryTitle(collection, id, entry.data);
  };
}
