import { defineCollection } from 'astro:content';
import options from 'virtual:vajs/options';
import { readSnapshot, type SnapshotEntry } from './build/snapshot.ts';
import { handbookLoader } from './loading/handbook-loader.ts';
import { COLLECTION_KEYS, type CollectionKey, schemaOf } from './model/collections.ts';

// Thin on purpose: the schemas live in model/, and the entries are the ones the build's check
// read (its snapshot, src/build/snapshot.ts), or read by the checker's own reader
// (loading/handbook-loader.ts) when there is none (astro sync, astro check).
let byCollection: Map<CollectionKey, SnapshotEntry[]> | undefined;
function checked(key: CollectionKey): SnapshotEntry[] {
  byCollection ??= Map.groupBy(readSnapshot(options.snapshotFile!).entries, (entry) => entry.collection);
  return byCollection.get(key) ?? [];
}

function collectionOf<K extends CollectionKey>(key: K) {
  return defineCollection({ loader: handbookLoader(key, options.contentRoot, options.snapshotFile ? () => checked(key) : undefined), schema: schemaOf(key) });
}

// Typed per collection, so that Astro's entries of "processes" hold what ProcessSchema parses to.
export const collections = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, collectionOf(key)])) as {
  [K in CollectionKey]: ReturnType<typeof collectionOf<K>>;
};
