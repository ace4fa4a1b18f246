import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { applyEdits, type Edit } from '../html/edits.ts';
import { attributeOf, closingTag, type HtmlTag, scanTags } from '../html/html-tags.ts';
import { rejectIfUnanswered } from './unanswered.ts';

const BODY_MARK = 'data-pagefind-body';
const IGNORE_MARK = 'data-pagefind-ignore';
/** What Pagefind reads of an element besides its text: a subtree with none of these is text only. */
const PAGEFIND_DATA = [BODY_MARK, 'data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];
/** The attributes searchDocument reads; a scan that keeps them serves it. */
export const SEARCH_ATTRIBUTES: ReadonlySet<string> = new Set([IGNORE_MARK, ...PAGEFIND_DATA]);
// The elements whose end ends a unit of text.
const BLOCKS = new Set(['dt', 'dd', 'td', 'th', 'li', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'div', 'section']);

/** Whether the tags from..to (a start tag and its subtree) carry anything Pagefind reads but text. */
function carriesPagefindData(tags: readonly HtmlTag[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const tag = tags[at]!;
    if (tag.type === 'start' && PAGEFIND_DATA.some((name) => attributeOf(tag, name))) return true;
  }
  return false;
}

/**
 * What Pagefind is given of a page: the elements marked data-pagefind-body, which are all it
 * indexes (their text, filters and metadata), in a document of their own, without the header,
 * navigation and footer it would parse only to skip. Inside them, an element marked
 * data-pagefind-ignore whose subtree has no filter, metadata or sort of its own is left out as
 * well: Pagefind would parse it only to drop its text (a third of an entry page: its mentions,
 * source and labels), and its index is byte for byte the same without it. Pagefind joins the
 * text of adjacent elements without a space, so "<dt>Asutus</dt><dd>SoM</dd>" would be indexed,
 * and shown in excerpts, as "AsutusSoM": a space follows every block that ends a unit of text,
 * and stands for every block left out. The page itself is not touched. Undefined for a page with
 * no marked element. `tags`: the page's, when already scanned keeping SEARCH_ATTRIBUTES.
 */
export function searchDocument(html: string, tags: readonly HtmlTag[] = scanTags(html, { attributes: SEARCH_ATTRIBUTES })): string | undefined {
  const parts: string[] = [];
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index]!;
    if (tag.type !== 'start' || !attributeOf(tag, BODY_MARK)) continue;
    const close = closingTag(tags, index);
    const end = close < 0 ? html.length : tags[close]!.end;
    const edits: Edit[] = [];
    const at = (offset: number) => offset - tag.start;
    for (let inner = index + 1; inner < close; inner++) {
      const block = tags[inner]!;
      if (block.type === 'start' && attributeOf(block, IGNORE_MARK)) {
        const blockClose = closingTag(tags, inner);
        if (blockClose > inner && blockClose < close && !carriesPagefindData(tags, inner, blockClose)) {
          edits.push({ start: at(block.start), end: at(tags[blockClose]!.end), text: BLOCKS.has(block.name) ? ' ' : '' });
          inner = blockClose;
          continue;
        }
      }
      if (block.type === 'end' && BLOCKS.has(block.name)) edits.push({ start: at(block.end), end: at(block.end), text: ' ' });
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
      const content = page.html.includes(BODY_MARK) ? searchDocument(page.html, page.tags) : undefined;
      if (content === undefined) continue;
      const added = index.addHTMLFile({ url: page.url, content }).then(({ errors }) => {
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
