import { createProblem, type Problem } from '../../errors/problem.ts';
import type { Graph } from '../../graph/build-graph.ts';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from '../../model/collections.ts';
import { listHeadingSlugs } from '../../prose/heading-slugs.ts';
import { proseSubject, proseTreeOf, shorten } from '../../prose/prose-entry.ts';
import { lineOf, walkProse } from '../../prose/walk-prose.ts';
import { LAYOUT_IDS, listSitePages } from '../../site/site-pages.ts';
import { entryUrl } from '../../site/urls.ts';
import type { Rule } from './rule.ts';

// Any host would do: it only tells links inside the site from links to elsewhere.
const SITE = 'https://kasiraamat.invalid';
/** Published versions live under this prefix; their pages come from snapshots, not from this content. */
const VERSIONS_PREFIX = '/versioonid/';

/** The entry whose page a URL is, for the collections whose pages show a prose body. */
function proseEntryAt(pathname: string, graph: Graph): { collection: CollectionKey; id: string } | undefined {
  for (const collection of COLLECTION_KEYS) {
    if (COLLECTIONS[collection].format === 'yaml') continue;
    const prefix = `/${COLLECTIONS[collection].urlSegment}/`;
    if (!pathname.startsWith(prefix)) continue;
    const id = pathname.slice(prefix.length, -1);
    if (!id.includes('/') && graph.get(collection, id)) return { collection, id };
  }
  return undefined;
}

/** A path to a file rather than a page: its last segment has an extension. */
function isFilePath(pathname: string): boolean {
  return pathname.slice(pathname.lastIndexOf('/') + 1).includes('.');
}

/** Percent-decoded as the browser would match it; a malformed escape stays as written. */
function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A page path as the site writes it: a folder with a trailing slash (trailingSlash: 'always'). */
function normalizePath(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/**
 * Plain links from prose to pages of the site must reach a page the build writes, and a
 * #fragment must be a heading of the target's prose (or an id every page has). Links with a file
 * extension (data exports, fonts) and into published versions are left to the build's link
 * check of the written HTML, which sees every file.
 */
export const checkProseLinks: Rule = (entries, graph) => {
  const problems: Problem[] = [];
  const pages = listSitePages(graph);
  const slugsOf = new Map<string, Set<string>>();
  const headingSlugs = (collection: CollectionKey, id: string): Set<string> => {
    const key = `${collection}/${id}`;
    let slugs = slugsOf.get(key);
    if (!slugs) {
      const target = graph.get(collection, id);
      const tree = target ? proseTreeOf(target) : undefined;
      slugs = new Set([...(tree ? listHeadingSlugs(tree) : []), ...LAYOUT_IDS]);
      slugsOf.set(key, slugs);
    }
    return slugs;
  };
  for (const entry of entries) {
    const tree = proseTreeOf(entry);
    if (!tree) continue;
    const own = entryUrl(entry.collection, entry.id);
    for (const { node } of walkProse(tree)) {
      if (node.type !== 'link' && node.type !== 'definition') continue;
      let url: URL;
      try {
        url = new URL(node.url, `${SITE}${own}`);
      } catch {
        continue;
      }
      if (url.origin !== SITE || url.pathname.startsWith(VERSIONS_PREFIX) || isFilePath(url.pathname)) continue;
      const where = { file: entry.file, line: entry.bodyLine + lineOf(node) - 1, field: 'body' };
      const pathname = normalizePath(decodeSafely(url.pathname));
      if (!pages.has(pathname)) {
        problems.push(
          createProblem('BrokenProseLink', {
            ...where,
            message: `${proseSubject(entry)} on link „${shorten(node.url)}“ lehele, mida saidil ei ole.`,
            hint: 'Kirjele viita kujul [](ref:processes/p15): kontroll leiab siis vale id ja pakub õiget; muu lehe aadressi vaata saidilt.',
          }),
        );
        continue;
      }
      const fragment = decodeSafely(url.hash.slice(1));
      const target = pathname === own ? { collection: entry.collection, id: entry.id } : proseEntryAt(pathname, graph);
      if (fragment === '' || !target) continue;
      const slugs = headingSlugs(target.collection, target.id);
      if (slugs.has(fragment)) continue;
      const headings = [...slugs].filter((slug) => !LAYOUT_IDS.includes(slug));
      problems.push(
        createProblem('BrokenProseLink', {
          ...where,
          message: `${proseSubject(entry)} on link „${shorten(node.url)}“ ankrusse „#${fragment}“, mida ${pathname === own ? 'selle lehe' : `lehe „${pathname}“`} pealkirjade seas ei ole.`,
          hint: headings.length
            ? `Ankur on pealkirja lühinimi, nagu sait selle teeb; sellel lehel on: ${headings.slice(0, 8).map((slug) => `#${slug}`).join(', ')}${headings.length > 8 ? ' jt' : ''}.`
            : 'Sellel lehel pole pealkirju, kuhu viidata; viita lehele endale.',
        }),
      );
    }
  }
  return problems;
};
