import type { CollectionKey } from '../model/collections.ts';
import { loadHandbook } from './handbook.ts';

/** getStaticPaths for the entry pages of one collection. */
export async function entryPaths(collection: CollectionKey) {
  return (await loadHandbook()).all(collection).map((entry) => ({ params: { id: entry.id }, props: { id: entry.id } }));
}
