import type { Graph } from '../graph/build-graph.ts';
import { COLLECTION_KEYS } from '../model/collections.ts';
import { collectionUrl, controlledCopyUrl, entryUrl } from './urls.ts';

/**
 * The pages of src/pages/ that take no parameters, by URL. A test compares this list with the
 * folder, so a page added there without being added here fails the tests, not an author.
 */
export const FIXED_PAGES: readonly string[] = [
  '/',
  '/ligipaasetavus/',
  '/muudatused/',
  '/otsing/',
  '/tagasiside/',
  '/kvaliteedijuhile/',
  '/kvaliteedijuhile/andmed/',
  '/kvaliteedijuhile/juhend/',
  '/kvaliteedijuhile/markused/',
  '/kvaliteedijuhile/sisu-korrasolek/',
  '/kvaliteedijuhile/ulevaatuskalender/',
  '/uuele-tootajale/',
  '/uuele-tootajale/leia-oma-roll/',
];

/** Ids every page of the site has, from the layouts (Base.astro, EntryPage.astro), besides its headings. */
export const LAYOUT_IDS: readonly string[] = ['sisu', 'otsingukast', 'otsingusoovitused', 'allikas'];

/**
 * Every page URL the build will write for this content: the fixed pages, an index page per
 * collection (its own template or [collection]/index.astro), a page per entry (its own template
 * or [collection]/[id].astro) and the controlled copy of each document.
 */
export function listSitePages(graph: Graph): Set<string> {
  const pages = new Set(FIXED_PAGES);
  for (const collection of COLLECTION_KEYS) {
    pages.add(collectionUrl(collection));
    for (const id of graph.ids(collection)) pages.add(entryUrl(collection, id));
  }
  for (const id of graph.ids('documents')) pages.add(controlledCopyUrl(id));
  return pages;
}
