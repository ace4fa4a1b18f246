import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageLinksOf, LINK_ATTRIBUTES, type PageLinks } from '../check/links/page-links.ts';
import { checkPageLinks } from '../check/links/check-site-links.ts';
import { listBuiltSite } from '../check/links/read-built-site.ts';
import type { Problem } from '../errors/problem.ts';
import { scanTags } from '../html/html-tags.ts';
import { openSearchIndex, SEARCH_ATTRIBUTES } from '../search/index-site.ts';

export interface FinishedSite {
  /** Every HTML page of the folder. */
  pages: number;
  /** The pages in the search index. */
  indexed: number;
  /** Broken links and fragments; empty when the links were not asked for. */
  problems: Problem[];
}

/** One edition's site being finished: its pages handed over as they are rendered, then finish(). */
export interface SiteFinisher {
  /** A rendered page, by the URL it is served at: tokenized once, indexed, its links kept. */
  take(url: string, html: string): void;
  /**
   * Once Astro has written every page into `dir`: the pages not handed over are read from there,
   * the search index is written and, with `checkLinks`, every link is checked against the files.
   */
  finish(dir: string, onRead: (pages: number) => void): Promise<FinishedSite>;
}

const ATTRIBUTES: ReadonlySet<string> = new Set([...LINK_ATTRIBUTES, ...SEARCH_ATTRIBUTES]);

/**
 * What follows Astro rendering one edition's pages. Every page is tokenized once, and the same
 * tags serve the search index (src/search/index-site.ts) and, with `checkLinks`, the link check.
 * Pagefind's process starts here and parses each page while Astro renders the next ones, on the
 * other core. A site with broken links is not to be published, and its folder is thrown away
 * whole by the caller, so the index is written before the links are judged.
 */
export function startSiteFinisher({ checkLinks }: { checkLinks: boolean }): SiteFinisher {
  const index = openSearchIndex();
  const taken = new Set<string>();
  const links = new Map<string, PageLinks>();
  const take = (url: string, html: string) => {
    if (taken.has(url)) throw new Error(`The page ${url} was handed over twice.`);
    taken.add(url);
    const tags = scanTags(html, { attributes: ATTRIBUTES });
    if (checkLinks) links.set(url, pageLinksOf(tags));
    index.add({ url, html, tags });
  };
  return {
    take,
    async finish(dir, onRead) {
      const site = listBuiltSite(dir);
      const urls = new Set(site.pages.map((page) => page.url));
      const stray = [...taken].find((url) => !urls.has(url));
      // A page handed over under a URL no file has would be found by search where no page is.
      if (stray !== undefined) throw new Error(`The page ${stray} was rendered, but ${dir} has no file for it.`);
      for (const page of site.pages) if (!taken.has(page.url)) take(page.url, readFileSync(join(dir, page.path), 'utf8'));
      onRead(site.pages.length);
      const { pages: indexed } = await index.write(dir);
      // In the files' path order, as the pages came before they were handed over while rendering.
      const problems = checkLinks ? checkPageLinks(site.pages.map((page) => ({ url: page.url, ...links.get(page.url)! })), site.files) : [];
      return { pages: site.pages.length, indexed, problems };
    },
  };
}

/** Finishes a site already written into `dir`, every page read from there (see startSiteFinisher). */
export function finishSite(dir: string, { checkLinks, onRead }: { checkLinks: boolean; onRead(pages: number): void }): Promise<FinishedSite> {
  return startSiteFinisher({ checkLinks }).finish(dir, onRead);
}
