import type { CollectionKey } from '../model/collections.ts';
import { loadHandbook } from './handbook.ts';

/** getStaticPaths for the entry pages of one collection. */
export async function entryPaths(collection: CollectionKey) {
  return (await loadHandbook()).all(collection).map((entry) => ({ params: { id: entry.id }, props: { id: entry.id } }));
}

/** Documents that have chapters: each gets a printable controlled copy, the others cannot. */
export async function printableDocuments() {
  const handbook = await loadHandbook();
  return handbook.all('documents').filter((document) => handbook.all('handbook').some((chapter) => chapter.data.document === document.id));
}
