import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { applyEdits, type Edit } from '../html/edits.ts';
import { scanTags } from '../html/html-tags.ts';
import { rejectIfUnanswered } from './unanswered.ts';

// The elements whose end ends a unit of text; their attributes do not matter.
const NONE = new Set<string>();
const BLOCKS = new Set(['dt', 'dd', 'td', 'th', 'li', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption', 'div', 'section']);

/**
 * Pagefind joins the text of adjacent elements without a space, so "<dt>Asutus</dt><dd>SoM</dd>"
 * would be indexed, and shown in excerpts, as "AsutusSoM". The index gets a space after every
 * block that ends a unit of text; the pages themselves are not touched.
 */
export function separateBlocks(html: string): string {
  const edits: Edit[] = [];
  for (const tag of scanTags(html, { attributes: NONE })) if (tag.type === 'end' && BLOCKS.has(tag.name)) edits.push({ start: tag.end, end: tag.end, text: ' ' });
  return applyEdits(html, edits);
}

/** The URL a built page is served at: "protsessid/p15/index.html" → "/protsessid/p15/". */
export function pageUrl(file: string): string {
  const path = file.split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Writes the Pagefind index of a built site into <dir>/pagefind/. Only elements marked
 * data-pagefind-body are indexed: entry pages and chapters, not the lists and navigation.
 * Throws with Pagefind's own messages when it cannot index, so the build fails loudly.
 */
export function indexSite(dir: string): Promise<{ pages: number }> {
  return rejectIfUnanswered(writeIndex(dir), `Pagefind stopped answering while indexing ${dir}: its process ended before the index was written (on a very large site, it may have run out of memory).`);
}

async function writeIndex(dir: string): Promise<{ pages: number }> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'et' });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    let pages = 0;
    for (const file of htmlFiles(dir)) {
      const html = readFileSync(join(dir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const added = await created.index.addHTMLFile({ url: pageUrl(file), content: separateBlocks(html) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      pages += 1;
    }
    if (pages === 0) throw new Error(`Pagefind found no page marked data-pagefind-body in ${dir}.`);
    const written = await created.index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages };
  } finally {
    await pagefind.close();
  }
}
