import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { applyEdits, type Edit } from '../html/edits.ts';
import { attributeOf, closingTag, type HtmlTag, scanTags } from '../html/html-tags.ts';
import { rejectIfUnanswered } from './unanswered.ts';

// The elements whose end ends a unit of text. Of the attributes only the body's mark is read.
const BODY_MARK = 'data-pagefind-body';
/** The attributes searchDocument reads; a scan that keeps them serves it. */
export const SEARCH_ATTRIBUTES: ReadonlySet<string> = new Set([BODY_MARK]);
const BLOCKS = new Set(['dt', 'dd', 'td', 'th', 'li', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'div', 'section']);

/**
 * What Pagefind is given of a page: the elements marked data-pagefind-body, which are all it
 * indexes (their text, filters and metadata), in a document of their own, without the header,
 * navigation and footer it would parse only to skip. Pagefind joins the text of adjacent
 * elements without a space, so "<dt>Asutus</dt><dd>SoM</dd>" would be indexed, and shown in
 * excerpts, as "AsutusSoM": a space follows every block that ends a unit of text. The page itself
 * is not touched. Undefined for a page with no marked element. `tags`: the page's, when already
 * scanned keeping SEARCH_ATTRIBUTES.
 */
export function searchDocument(html: string, tags: readonly HtmlTag[] = scanTags(html, { attributes: SEARCH_ATTRIBUTES })): string | undefined {
  const parts: string[] = [];
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index]!;
    if (tag.type !== 'start' || !attributeOf(tag, BODY_MARK)) continue;
    const close = closingTag(tags, index);
    const end = close < 0 ? html.length : tags[close]!.end;
    const edits: Edit[] = [];
    for (let inner = index + 1; inner < close; inner++) {
      const block = tags[inner]!;
      if (block.type === 'end' && BLOCKS.has(block.name)) edits.push({ start: block.end - tag.start, end: block.end - tag.start, text: ' ' });
    }
    parts.push(applyEdits(html.slice(tag.start, end), edits));
    if (close < 0) break;
    index = close;
  }
  return parts.length > 0 ? `<!DOCTYPE html><html lang="et"><body>${parts.join(' ')}</body></html>` : undefined;
}

/** The URL a built page is served at: "protsessid/p15/index.html" → "/protsessid/p15/". */
export function pageUrl(file: string): string {
  const path = file.split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A built page to index: the URL it is served at, its HTML, and its tags when already scanned (keeping SEARCH_ATTRIBUTES). */
export interface PageToIndex {
  url: string;
  html: string;
  tags?: readonly HtmlTag[];
}

/** A search index being written: pages are added as they come, the index is written at the end. */
export interface SearchIndex {
  /** Hands the page to Pagefind if it has a marked element; Pagefind parses it in its own process meanwhile. */
  add(page: PageToIndex): void;
  /** Waits for every page added, writes the index into <dir>/pagefind/ and ends Pagefind's process. */
  write(dir: string): Promise<{ pages: number }>;
}

/**
 * Starts Pagefind's indexing process at once, so pages can be added while others are still
 * being rendered. Only pages marked data-pagefind-body are indexed: entry pages and chapters,
 * not the lists and navigation. write() throws with Pagefind's own messages when it cannot
 * index, so the build fails loudly.
 */
export function openSearchIndex(): SearchIndex {
  const created = pagefind.createIndex({ forceLanguage: 'et' });
  const added: Promise<void>[] = [];
  return {
    add(page) {
      const content = page.html.includes(BODY_MARK) ? searchDocument(page.html, page.tags) : undefined;
      if (content === undefined) return;
      // Pagefind numbers the pages in the order they are sent, which is the order add() is called in.
      const answered = created.then(async ({ index }) => {
        if (!index) return;
        const { errors } = await index.addHTMLFile({ url: page.url, content });
        if (errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${errors.join('; ')}`);
      });
      // Handled here and awaited in write(): a page Pagefind refuses fails the build with its message.
      answered.catch(() => undefined);
      added.push(answered);
    },
    write(dir) {
      return rejectIfUnanswered(writeIndex(dir, created, added), `Pagefind stopped answering while indexing ${dir}: its process ended before the index was written (on a very large site, it may have run out of memory).`);
    },
  };
}

/** Writes the Pagefind index of built pages into <dir>/pagefind/ (see openSearchIndex). */
export function indexPages(dir: string, pages: Iterable<PageToIndex>): Promise<{ pages: number }> {
  const index = openSearchIndex();
  for (const page of pages) index.add(page);
  return index.write(dir);
}

async function writeIndex(dir: string, created: ReturnType<typeof pagefind.createIndex>, added: readonly Promise<void>[]): Promise<{ pages: number }> {
  try {
    const { index, errors } = await created;
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    await Promise.all(added);
    if (added.length === 0) throw new Error(`Pagefind found no page marked data-pagefind-body in ${dir}.`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.length };
  } finally {
    await pagefind.close();
  }
}
