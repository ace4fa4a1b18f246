import type { Graph } from '../graph/build-graph.ts';
import { type CollectionKey, COLLECTIONS } from '../model/collections.ts';

/** The URL of an entry's page; ids never change once published, so neither does this. */
export function entryUrl(collection: CollectionKey, id: string): string {
  return `/${COLLECTIONS[collection].urlSegment}/${id}/`;
}

export function collectionUrl(collection: CollectionKey): string {
  return `/${COLLECTIONS[collection].urlSegment}/`;
}

/** The chapter of change notes, where the handbook has one ("Muudatuste ülevaade" in S1). */
export function changesUrl(graph: Pick<Graph, 'get'>): string | undefined {
  return graph.get('handbook', 'muudatused') ? entryUrl('handbook', 'muudatused') : undefined;
}

/** The whole controlled document on one printable page. */
export function controlledCopyUrl(documentId: string): string {
  return `${entryUrl('documents', documentId)}kontrollitud-koopia/`;
}
