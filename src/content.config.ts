import { defineCollection } from 'astro:content';
import options from 'virtual:vajs/options';
import { readSnapshot, type SnapshotEntry } from './build/snapshot.ts';
import { handbookLoader } from './loading/handbook-loader.ts';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from './model/collections.ts';

// Thin on purpose: the schemas live in model/, and the entries are the ones the build's check
// read (its snapshot, src/build/snapshot.ts), or read by the checker's own reader
// (loading/handbook-loader.ts) when there is none (astro sync, astro check).
let byCollection: Map<CollectionKey, SnapshotEntry[]> | undefined;
function checked(key: CollectionKey): SnapshotEntry[] {
  byCollection ??= Map.groupBy(readSnapshot(options.snapshotFile!).entries, (entry) => entry.collection);
  return byCollection.get(key) ?? [];
}

function collectionOf(key: CollectionKey) {
  return defineCollection({ loader: handbookLoader(key, options.contentRoot, options.snapshotFile ? () => checked(key) : undefined), schema: COLLECTIONS[key].schema });
}

export const collections = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, collectionOf(key)])) as {
  [K in CollectionKey]: ReturnType<typeof collectionOf>;
};
