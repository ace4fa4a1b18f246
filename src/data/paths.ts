import type { CollectionKey } from '../model/collections.ts';
import { loadHandbook } from './handbook.ts';

/** getStaticPaths for the entry pages of one collection. */
export async function entryPaths(collection: CollectionKey) {
  return (await loadHandbook()).all(collection).map((entry) => ({ params: { id: entry.id }, props: { id: entry.id } }));
}

/** Documents that have chapters: each gets a printable controlled copy, the others cannot. */
export async function printableDocuments() {
  const handbook = await loadHandbook();
  const withChapters = new Set(handbook.all('handbook').map((chapter) => chapter.data.document));
  return handbook.all('documents').filter((document) => withChapters.has(document.id));
}
