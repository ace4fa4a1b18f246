import { pageLinksOf, LINK_ATTRIBUTES, type PageLinks } from '../check/links/page-links.ts';
import { checkPageLinks } from '../check/links/check-site-links.ts';
import { readBuiltSite } from '../check/links/read-built-site.ts';
import type { Problem } from '../errors/problem.ts';
import { scanTags } from '../html/html-tags.ts';
import { indexPages, type PageToIndex, SEARCH_ATTRIBUTES } from '../search/index-site.ts';

export interface FinishedSite {
  /** Every HTML page of the folder. */
  pages: number;
  /** The pages in the search index. */
  indexed: number;
  /** Broken links and fragments; empty when the links were not asked for. */
  problems: Problem[];
}

/**
 * What follows Astro writing one edition's pages into `dir`: every page is read and tokenized
 * once, and the same tags serve the search index (src/search/index-site.ts) and, with
 * `checkLinks`, the link check. A site with broken links is not to be published, and its
 * folder is thrown away whole by the caller, so the index is written before the links are
 * judged: the tokenizer here and Pagefind's indexer in its own process work side by side.
 */
export async function finishSite(dir: string, { checkLinks, onRead }: { checkLinks: boolean; onRead(pages: number): void }): Promise<FinishedSite> {
  const site = readBuiltSite(dir);
  onRead(site.pages.length);
  const links: (PageLinks & { url: string })[] = [];
  const attributes = new Set([...LINK_ATTRIBUTES, ...SEARCH_ATTRIBUTES]);
  function* scanned(): Generator<PageToIndex> {
    for (const page of site.pages) {
      const tags = scanTags(page.html, { attributes });
      if (checkLinks) links.push({ url: page.url, ...pageLinksOf(tags) });
      yield { url: page.url, html: page.html, tags };
    }
  }
  const { pages: indexed } = await indexPages(dir, scanned());
  return { pages: site.pages.length, indexed, problems: checkLinks ? checkPageLinks(links, site.files) : [] };
}
