import { type CollectionKey, COLLECTIONS } from '../model/collections.ts';

/** The URL of an entry's page; ids never change once published, so neither does this. */
export function entryUrl(collection: CollectionKey, id: string): string {
  return `/${COLLECTIONS[collection].urlSegment}/${id}/`;
}

export function collectionUrl(collection: CollectionKey): string {
  return `/${COLLECTIONS[collection].urlSegment}/`;
}

/** The whole controlled document on one printable page. */
export function controlledCopyUrl(documentId: string): string {
  return `${entryUrl('documents', documentId)}kontrollitud-koopia/`;
}
