import { mergeWordResults, planQuery } from '../../search/query.ts';
import { rankByName } from '../../search/rank.ts';
import { suggestQuery } from '../../search/suggest.ts';

/** The part of Pagefind's browser API the site uses. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
export type Filters = Record<string, string[]>;
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Filters }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

// Exact names and their case forms outrank pages that merely mention a word; "poliitikajuht"
// must find the role before "poliitikajuhtimine", which merely starts with it. Forms of the
// other words of a name ("osad": "pensionid" of Pensionipoliitika) count less than the head's.
const RANKING = { termSimilarity: 3, metaWeights: { title: 7, vormid: 10, osad: 5, seotud: 3 } };

/** Where the search is: "this" version's index only, or every published version's merged. */
export type Scope = 'this' | 'all';

/** The published versions this page knows of, with their URL prefixes (none on a single edition). */
export function knownVersions(): { version: number; base: string }[] {
  const versions = document.querySelector<HTMLElement>('vajs-version-bar')?.dataset['versions'];
  return versions ? (JSON.parse(versions) as { version: number; base: string }[]) : [];
}

const loading = new Map<Scope, Promise<PagefindApi>>();

/**
 * Loads Pagefind on first use only, so a page costs no search bytes until someone searches.
 * Each published version is its own site under its URL prefix, with its own index; searching
 * all of them merges the other versions' indexes into a second, separate instance.
 */
export function loadPagefind(scope: Scope = 'this'): Promise<PagefindApi> {
  let pending = loading.get(scope);
  if (!pending) {
    pending = (async () => {
      const base = document.documentElement.dataset['base'] ?? '/';
      const url = `${base}pagefind/pagefind.js${scope === 'all' ? '?kõik-versioonid' : ''}`;
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await pagefind.options({ baseUrl: base, ranking: RANKING });
      if (scope === 'all') {
        for (const other of knownVersions().filter((item) => item.base !== base)) {
          await pagefind.mergeIndex(`${other.base}pagefind/`, { baseUrl: other.base, ranking: RANKING });
        }
      }
      await pagefind.init();
      return pagefind;
    })();
    pending.catch(() => loading.delete(scope));
    loading.set(scope, pending);
  }
  return pending;
}

export interface Hit {
  id: string;
  data(): Promise<PagefindData>;
}

/** The leading results whose names are compared with the query; the rest keep Pagefind's order. */
const RERANKED = 10;

/** A result whose data is fetched once, however often ranking and rendering ask for it. */
function once(result: PagefindResult): Hit {
  let data: Promise<PagefindData> | undefined;
  return { id: result.id, data: () => (data ??= result.data()) };
}

/**
 * Searches as the reader means it: all meaningful words together, and when no page holds them
 * all, each word alone with the pages that hold the most words first. Then the leading results
 * whose names are closest to the query go first. The header box and the search page both
 * search through here, so they rank alike.
 */
export async function search(query: string, filters: Filters = {}, scope: Scope = 'this'): Promise<Hit[]> {
  const plan = planQuery(query);
  if (!plan.primary) return [];
  const pagefind = await loadPagefind(scope);
  const found = await findAll(pagefind, plan, filters);
  const hits = found.map(once);
  const leading = hits.slice(0, RERANKED);
  const titles = new Map(await Promise.all(leading.map(async (hit) => [hit.id, (await hit.data()).meta['title'] ?? ''] as const)));
  return [...rankByName(plan.primary.split(' '), leading, (hit) => titles.get(hit.id) ?? ''), ...hits.slice(RERANKED)];
}

async function findAll(pagefind: PagefindApi, plan: ReturnType<typeof planQuery>, filters: Filters): Promise<PagefindResult[]> {
  const primary = (await pagefind.search(plan.primary, { filters }))?.results ?? [];
  if (primary.length > 0 || plan.fallbackWords.length === 0) return primary;
  const perWord = await Promise.all(plan.fallbackWords.map(async (word) => (await pagefind.search(word, { filters }))?.results ?? []));
  const byId = new Map(perWord.flat().map((result) => [result.id, result]));
  return mergeWordResults(perWord).map(({ id }) => byId.get(id)!);
}

let vocabulary: Promise<string[]> | undefined;

/**
 * "Kas mõtlesid …?" for a query that found nothing: the closest query in the words of the
 * site's entry names (emitted by the build as otsing/sonastik.json, fetched on first need).
 */
export async function suggestionFor(query: string): Promise<string | undefined> {
  const base = document.documentElement.dataset['base'] ?? '/';
  vocabulary ??= fetch(`${base}otsing/sonastik.json`).then(async (response) => (response.ok ? ((await response.json()) as string[]) : []));
  const suggested = suggestQuery(query, await vocabulary.catch(() => []));
  // Offer only what finds something: a suggestion that also finds nothing helps no one.
  return suggested && (await search(suggested)).length > 0 ? suggested : undefined;
}

/** The filter values the index has, with their page counts. */
export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}
