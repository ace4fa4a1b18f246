import { defineCollection } from 'astro:content';
import { handbookLoader } from './loading/handbook-loader.ts';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from './model/collections.ts';
import { resolveContentRoot } from './content-root.ts';

// Thin on purpose: the schemas live in model/, the files are read by the checker's own reader
// (loading/handbook-loader.ts), and the checker (run before the build by the vajs-check
// integration) is what guards references.
const root = resolveContentRoot(process.cwd());

function collectionOf(key: CollectionKey) {
  return defineCollection({ loader: handbookLoader(key, root), schema: COLLECTIONS[key].schema });
}

export const collections = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, collectionOf(key)])) as {
  [K in CollectionKey]: ReturnType<typeof collectionOf>;
};
