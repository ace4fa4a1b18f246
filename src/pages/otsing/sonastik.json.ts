import type { APIRoute } from 'astro';
import { loadHandbook } from '../../data/handbook.ts';
import { jsonResponse } from '../../data/exports.ts';
import { COLLECTIONS, type CollectionKey } from '../../model/collections.ts';
import { vocabularyOf } from '../../search/suggest.ts';
import { entryTitle } from '../../site/titles.ts';

/**
 * The words of every entry's name, for "Kas mõtlesid …?" when a search finds nothing. Loaded by
 * the search only then, so it costs nothing on a search that finds something.
 */
export const GET: APIRoute = async () => {
  const handbook = await loadHandbook();
  const names = (Object.keys(COLLECTIONS) as CollectionKey[]).flatMap((collection) => handbook.all(collection).map((entry) => entryTitle(collection, entry.id, entry.data)));
  return jsonResponse(vocabularyOf(names));
};
