import type { CollectionKey } from '../model/collections.ts';
import type { GlossaryTerm } from '../model/glossary.ts';
import { createSynonymMatcher, type SynonymMatcher } from '../search/synonyms.ts';
import { searchFacets, type SearchFacets } from '../site/search-facets.ts';
import { loadHandbook } from './handbook.ts';

let synonyms: SynonymMatcher | undefined;

/** The search facets of one entry page; the glossary's abbreviations are read once per build. */
export async function facetsOf(collection: CollectionKey, id: string): Promise<SearchFacets> {
  const handbook = await loadHandbook();
  synonyms ??= createSynonymMatcher(
    handbook.all('glossary').flatMap((entry) => {
      const term = entry.data as GlossaryTerm;
      return term.expansion ? [{ term: term.term, expansion: term.expansion }] : [];
    }),
  );
  return searchFacets(handbook.graph, handbook.graph.get(collection, id)!, synonyms);
}
