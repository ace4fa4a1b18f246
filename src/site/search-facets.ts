import { type EntryKey, entryKey, type Graph, type GraphEntry } from '../graph/build-graph.ts';
import type { Handbook } from '../graph/entry-index.ts';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from '../model/collections.ts';
import { declensionOf, wordsOf } from '../search/estonian-forms.ts';
import { nameForms } from '../search/name-forms.ts';
import { createSynonymMatcher, type SynonymMatcher } from '../search/synonyms.ts';
import { entryTitle } from './titles.ts';

/** What the search index holds about an entry page besides its text. */
export interface SearchFacets {
  /** The kind of entry (peatükk, roll, protsess …): shown on each result and a filter. */
  type: string;
  /** The organisation the entry belongs to, where that follows from the data. */
  organization?: string | undefined;
  /** A process's status (kinnitatud, loomisel, ühendatud). */
  status?: string | undefined;
  /** Case forms of the name's head word, so inflected queries find the entry itself. */
  nameForms: string[];
  /**
   * Case forms of the name's other words and compound parts, and of the kind of document the
   * entry is ("rollikaart", "juhend"): found by them, but ranked below the head word's forms.
   */
  nameParts: string[];
  /** Abbreviations and expansions of what the entry's text uses. */
  synonyms: string[];
}

function stringAt(data: Record<string, unknown> | undefined, field: string): string | undefined {
  const value = data?.[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Role scopes that name one organisation; "asutus" means any agency. */
const ROLE_SCOPE_ORGANIZATIONS: Record<string, string> = { SoM: 'som', SKA: 'ska' };

/** The id of the organisation an entry belongs to, following owner/lead to their post. */
function organizationId(graph: Graph, collection: CollectionKey, data: Record<string, unknown>, id: string): string | undefined {
  const ofPosition = (positionId: string | undefined) => (positionId ? stringAt(graph.get('positions', positionId)?.data, 'organization') : undefined);
  switch (collection) {
    case 'organizations':
      return id;
    case 'units':
    case 'positions':
      return stringAt(data, 'organization');
    case 'processes':
      return ofPosition(stringAt(data, 'owner'));
    case 'supportServices':
    case 'policyAreas':
      return ofPosition(stringAt(data, 'lead'));
    case 'initiatives':
      return ofPosition(stringAt(data, 'owner'));
    case 'roles':
      return ROLE_SCOPE_ORGANIZATIONS[stringAt(data, 'scope') ?? ''];
    default:
      return undefined;
  }
}

/** Every string in an entry's data, for finding the abbreviations and expansions it uses. */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/**
 * The kinds of document an entry is or holds, as readers ask for them: an SKA role card is a
 * "rollikaart", a process with guides has "juhend"s, a post with a job description an "ametijuhend".
 */
function documentKinds(collection: CollectionKey, data: Record<string, unknown>): string[] {
  if (collection === 'roles' && data['kind'] === 'rollikaart') return ['rollikaart'];
  if (collection === 'processes' && Array.isArray(data['guides']) && data['guides'].length > 0) return ['juhend'];
  if (collection === 'positions' && data['jobDescription']) return ['ametijuhend'];
  return [];
}

/** known: the site's own words, for splitting compound names into parts (see nameForms). */
export function searchFacets(graph: Graph, entry: GraphEntry, synonyms: SynonymMatcher, known?: (word: string) => boolean): SearchFacets {
  const { collection, id, data } = entry;
  const organization = organizationId(graph, collection, data, id);
  const organizationData = organization ? graph.get('organizations', organization)?.data : undefined;
  const name = collection === 'processes' ? (stringAt(data, 'name') ?? id) : entryTitle(collection, id, data);
  const forms = nameForms(name, known);
  return {
    type: COLLECTIONS[collection].label,
    organization: stringAt(organizationData, 'shortName') ?? stringAt(organizationData, 'name'),
    status: collection === 'processes' ? stringAt(data, 'status') : undefined,
    nameForms: forms.head,
    nameParts: [...new Set([...forms.parts, ...documentKinds(collection, data).flatMap(declensionOf)])],
    synonyms: synonyms.synonymsOf([...textsOf(data), entry.body ?? ''].join('\n')),
  };
}

/** Every word the handbook uses, names and text: the parts compound names are split into. */
function vocabularyOf(handbook: Handbook): (word: string) => boolean {
  const texts = COLLECTION_KEYS.flatMap((key) => handbook.all(key).flatMap((entry) => [...textsOf(entry.data), entry.body ?? '']));
  const words = new Set(texts.flatMap((text) => wordsOf(text)).filter((word) => word.length >= 3));
  return (word) => words.has(word);
}

/**
 * The facets of the handbook's entries: the glossary's abbreviations and the handbook's words
 * are gathered once, and each entry's facets made of them.
 */
export function facetsMaker(handbook: Handbook): (entry: GraphEntry) => SearchFacets {
  const synonyms = createSynonymMatcher(handbook.all('glossary').flatMap(({ data: term }) => (term.expansion ? [{ term: term.term, expansion: term.expansion }] : [])));
  const known = vocabularyOf(handbook);
  return (entry) => searchFacets(handbook.graph, entry, synonyms, known);
}

/** The search facets of every entry of the handbook, by its key. */
export function handbookFacets(handbook: Handbook): Record<EntryKey, SearchFacets> {
  const facetsOf = facetsMaker(handbook);
  return Object.fromEntries(COLLECTION_KEYS.flatMap((key) => handbook.all(key).map((entry) => [entryKey(key, entry.id), facetsOf(entry)])));
}
