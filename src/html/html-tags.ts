import { declarationEnd, isAsciiAlpha, RAW_TEXT, rawTextEnd, readTag, SLASH } from './tokenize.ts';

/** An attribute as the browser reads it, with where its value is written in the page. */
export interface HtmlAttribute {
  /** Lowercase, as HTML matches attribute names. */
  name: string;
  /** Entities decoded; '' for an attribute written without a value. */
  value: string;
  /** Offsets of the value as written, inside its quotes; equal for an attribute without a value. */
  valueStart: number;
  valueEnd: number;
}

export interface StartTag {
  type: 'start';
  /** Lowercase, as HTML matches tag names. */
  name: string;
  /** Offsets of the whole tag, from "<" to after ">". */
  start: number;
  end: number;
  attributes: HtmlAttribute[];
}

export interface EndTag {
  type: 'end';
  name: string;
  start: number;
  end: number;
}

export type HtmlTag = StartTag | EndTag;

/** Which attributes a reader of the tags needs; the others are read past but not kept (most of a page's are classes and ARIA). */
export type AttributeFilter = ReadonlySet<string> | undefined;

const EMPTY: AttributeFilter = new Set();

/**
 * The tags of a page in document order, read the way HTML's tokenizer reads them: a ">" inside a
 * quoted value, comments, and the raw text of <script> and <style> are what the browser takes
 * them for, not tags; entities in values are decoded. A built page is edited by splicing at these
 * offsets, so every byte the build does not mean to change stays as Astro wrote it. Not a tree:
 * parsing and serialising every page as hast costs some fifteen times the whole placement, and
 * the edits need no more than tags; parse5's and htmlparser2's tokenizers, which report every
 * character, take three to ten times as long as this one. Not modelled: CDATA inside SVG, and the
 * "<!--<script>" escape inside a script, neither of which the site writes. `attributes`: the
 * names to keep (all when left out).
 */
export function scanTags(html: string, { attributes: keep }: { attributes?: AttributeFilter } = {}): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let at = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', at)) {
    const next = html.charCodeAt(lt + 1);
    if (isAsciiAlpha(next)) {
      const tag = readTag(html, lt + 1, keep);
      if (!tag) break;
      tags.push({ type: 'start', name: tag.name, start: lt, end: tag.end, attributes: tag.attributes });
      // Everything after <plaintext> is text.
      if (tag.name === 'plaintext') break;
      at = RAW_TEXT.has(tag.name) ? rawTextEnd(html, tag.end, tag.name) : tag.end;
    } else if (next === SLASH && isAsciiAlpha(html.charCodeAt(lt + 2))) {
      // An end tag's attributes are read (a quoted ">" does not end it) and dropped, as in HTML.
      const tag = readTag(html, lt + 2, EMPTY);
      if (!tag) break;
      tags.push({ type: 'end', name: tag.name, start: lt, end: tag.end });
      at = tag.end;
    } else if (next === 0x21 || next === 0x3f || next === SLASH) {
      at = declarationEnd(html, lt);
    } else {
      at = lt + 1;
    }
  }
  return tags;
}

/** The value of an attribute of a tag; the first one counts when a tag repeats a name, as in the browser. */
export function attributeOf(tag: StartTag, name: string): HtmlAttribute | undefined {
  return tag.attributes.find((item) => item.name === name);
}

/** The index of the end tag that closes the start tag at `index` (same name, nesting counted), or -1. */
export function closingTag(tags: readonly HtmlTag[], index: number): number {
  const { name } = tags[index]!;
  let depth = 0;
  for (let at = index + 1; at < tags.length; at++) {
    const tag = tags[at]!;
    if (tag.name !== name) continue;
    if (tag.type === 'start') depth++;
    else if (depth === 0) return at;
    else depth--;
  }
  return -1;
}
