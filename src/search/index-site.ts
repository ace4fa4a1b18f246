import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { applyEdits, type Edit } from '../html/edits.ts';
import { type HtmlTag, scanTags } from '../html/html-tags.ts';
import { rejectIfUnanswered } from './unanswered.ts';

// The elements whose end ends a unit of text; their attributes do not matter.
const NONE = new Set<string>();
const BLOCKS = new Set(['dt', 'dd', 'td', 'th', 'li', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'div', 'section']);

/**
 * Pagefind joins the text of adjacent elements without a space, so "<dt>Asutus</dt><dd>SoM</dd>"
 * would be indexed, and shown in excerpts, as "AsutusSoM". The index gets a space after every
 * block that ends a unit of text; the pages themselves are not touched. `tags`: the page's, when
 * already scanned (any attributes kept).
 */
export function separateBlocks(html: string, tags: readonly HtmlTag[] = scanTags(html, { attributes: NONE })): string {
  const edits: Edit[] = [];
  for (const tag of tags) if (tag.type === 'end' && BLOCKS.has(tag.name)) edits.push({ start: tag.end, end: tag.end, text: ' ' });
  return applyEdits(html, edits);
}

/** The URL a built page is served at: "protsessid/p15/index.html" → "/protsessid/p15/". */
export function pageUrl(file: string): string {
  const path = file.split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A built page to index: the URL it is served at, its HTML, and its tags when already scanned. */
export interface PageToIndex {
  url: string;
  html: string;
  tags?: readonly HtmlTag[];
}

// Pagefind answers each page from its own process; this many wait at once, so the tokenizer
// here and the indexer there work side by side instead of taking turns.
const IN_FLIGHT = 32;

/**
 * Writes the Pagefind index of built pages into <dir>/pagefind/. Only pages marked
 * data-pagefind-body are indexed: entry pages and chapters, not the lists and navigation.
 * Throws with Pagefind's own messages when it cannot index, so the build fails loudly.
 */
export function indexPages(dir: string, pages: Iterable<PageToIndex>): Promise<{ pages: number }> {
  return rejectIfUnanswered(writeIndex(dir, pages), `Pagefind stopped answering while indexing ${dir}: its process ended before the index was written (on a very large site, it may have run out of memory).`);
}

async function writeIndex(dir: string, pages: Iterable<PageToIndex>): Promise<{ pages: number }> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'et' });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const index = created.index;
    const pending: Promise<void>[] = [];
    let count = 0;
    for (const page of pages) {
      if (!page.html.includes('data-pagefind-body')) continue;
      const added = index.addHTMLFile({ url: page.url, content: separateBlocks(page.html, page.tags) }).then(({ errors }) => {
        if (errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${errors.join('; ')}`);
      });
      // Handled here and awaited below: a page Pagefind refuses fails the build with its message.
      added.catch(() => undefined);
      pending.push(added);
      if (pending.length >= IN_FLIGHT) await pending.shift();
      count += 1;
    }
    await Promise.all(pending);
    if (count === 0) throw new Error(`Pagefind found no page marked data-pagefind-body in ${dir}.`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: count };
  } finally {
    await pagefind.close();
  }
}
