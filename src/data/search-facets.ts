import { COLLECTIONS, type CollectionKey } from '../model/collections.ts';
import { createSynonymMatcher, type SynonymMatcher } from '../search/synonyms.ts';
import { wordsOf } from '../search/estonian-forms.ts';
import { searchFacets, textsOf, type SearchFacets } from '../site/search-facets.ts';
import { loadHandbook } from './handbook.ts';

let synonyms: SynonymMatcher | undefined;
let known: ((word: string) => boolean) | undefined;

/** Every word the handbook uses, names and text: the parts compound names are split into. */
function vocabularyOf(texts: readonly string[]): (word: string) => boolean {
  const words = new Set(texts.flatMap((text) => wordsOf(text)).filter((word) => word.length >= 3));
  return (word) => words.has(word);
}

/** The search facets of one entry page; the glossary's abbreviations are read once per build. */
export async function facetsOf(collection: CollectionKey, id: string): Promise<SearchFacets> {
  const handbook = await loadHandbook();
  synonyms ??= createSynonymMatcher(
    handbook.all('glossary').flatMap(({ data: term }) => (term.expansion ? [{ term: term.term, expansion: term.expansion }] : [])),
  );
  known ??= vocabularyOf(
    (Object.keys(COLLECTIONS) as CollectionKey[]).flatMap((key) => handbook.all(key).flatMap((entry) => [...textsOf(entry.data), entry.body ?? ''])),
  );
  return searchFacets(handbook.graph, handbook.entry(collection, id), synonyms, known);
}
