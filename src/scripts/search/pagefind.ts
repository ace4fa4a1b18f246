import { mergeWordResults, planQuery } from '../../search/query.ts';

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
}
interface PagefindSearch {
  results: PagefindResult[];
}
export type Filters = Record<string, string[]>;
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Filters }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

// Exact names and their case forms outrank pages that merely mention a word; "poliitikajuht"
// must find the role before "poliitikajuhtimine", which merely starts with it.
const RANKING = { termSimilarity: 3, metaWeights: { title: 7, vormid: 10, seotud: 3 } };

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind on first use only, so a page costs no search bytes until someone searches. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    // Each published version is its own site under its URL prefix, with its own index.
    const base = document.documentElement.dataset['base'] ?? '/';
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({ baseUrl: base, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export interface Hit {
  id: string;
  data(): Promise<PagefindData>;
}

/**
 * Searches as the reader means it: all meaningful words together, and when no page holds them
 * all, each word alone with the pages that hold the most words first.
 */
export async function search(query: string, filters: Filters = {}): Promise<Hit[]> {
  const plan = planQuery(query);
  if (!plan.primary) return [];
  const pagefind = await loadPagefind();
  const primary = (await pagefind.search(plan.primary, { filters }))?.results ?? [];
  if (primary.length > 0 || plan.fallbackWords.length === 0) return primary;
  const perWord = await Promise.all(plan.fallbackWords.map(async (word) => (await pagefind.search(word, { filters }))?.results ?? []));
  const byId = new Map(perWord.flat().map((result) => [result.id, result]));
  return mergeWordResults(perWord).map(({ id }) => byId.get(id)!);
}

/** The filter values the index has, with their page counts. */
export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}
