import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_KEYS, COLLECTIONS, entryPattern, type CollectionKey } from './model/collections.ts';
import { resolveContentRoot } from './content-root.ts';

// Thin on purpose: the schemas live in model/, and the project's own checker (run before the
// build by the vajs-check integration) is what guards references.
const root = resolveContentRoot(process.cwd());

function collectionOf(key: CollectionKey) {
  const spec = COLLECTIONS[key];
  return defineCollection({
    loader: glob({ pattern: entryPattern(spec.format), base: `${root}/${spec.folder}` }),
    schema: spec.schema,
  });
}

export const collections = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, collectionOf(key)])) as {
  [K in CollectionKey]: ReturnType<typeof collectionOf>;
};
