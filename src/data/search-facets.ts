import { entryKey } from '../graph/build-graph.ts';
import type { CollectionKey } from '../model/collections.ts';
import { facetsMaker, type SearchFacets } from '../site/search-facets.ts';
import { loadHandbook } from './handbook.ts';
import { checkedSnapshot } from './site.ts';

let madeHere: ReturnType<typeof facetsMaker> | undefined;

/**
 * The search facets of one entry page, as the process that checked the handbook made them with
 * its snapshot (src/build/snapshot.ts): the build makes them beside Astro's start-up, not page by
 * page. An entry the snapshot does not hold yet (the dev server, between an edit and its check)
 * gets them made here, from the handbook as Astro holds it.
 */
export async function facetsOf(collection: CollectionKey, id: string): Promise<SearchFacets> {
  const made = checkedSnapshot().facets[entryKey(collection, id)];
  if (made) return made;
  const handbook = await loadHandbook();
  madeHere ??= facetsMaker(handbook);
  return madeHere(handbook.entry(collection, id));
}
