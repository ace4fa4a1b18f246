import { decodeHTMLAttribute } from 'entities';
import type { HtmlAttribute } from './html-tags.ts';

// The states of HTML's tokenizer (WHATWG, "Tokenization") that scanTags in html-tags.ts needs: tag
// open, tag and attribute names, the three kinds of attribute value, comments and other markup
// declarations, and the raw text after <script>, <style> and their like.

// The tree builder switches the tokenizer to raw text (or RCDATA) after these start tags: up to
// their end tag, "<" starts no tag. noscript counts, as in a browser that runs scripts.
export const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea']);

const GT = 0x3e;
export const SLASH = 0x2f;
const EQUALS = 0x3d;
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
export const isAsciiAlpha = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
/** What ends a tag name or an unquoted attribute name in HTML's tokenizer. */
const endsName = (code: number) => isSpace(code) || code === SLASH || code === GT || Number.isNaN(code);
const hasUpperCase = (html: string, from: number, to: number) => {
  for (let at = from; at < to; at++) if (html.charCodeAt(at) >= 0x41 && html.charCodeAt(at) <= 0x5a) return true;
  return false;
};
/** A name as HTML matches it; most are lowercase already, and copying them again is the cost of a large site. */
const nameAt = (html: string, from: number, to: number) => (hasUpperCase(html, from, to) ? html.slice(from, to).toLowerCase() : html.slice(from, to));

/** Reads the name and attributes of a tag from just after "<" or "</"; undefined when the page ends inside the tag (HTML then drops it). */
export function readTag(html: string, from: number, keep: ReadonlySet<string> | undefined): { name: string; attributes: HtmlAttribute[]; end: number } | undefined {
  let at = from;
  while (!endsName(html.charCodeAt(at))) at++;
  const name = nameAt(html, from, at);
  const attributes: HtmlAttribute[] = [];
  for (;;) {
    while (isSpace(html.charCodeAt(at))) at++;
    if (at >= html.length) return undefined;
    const code = html.charCodeAt(at);
    if (code === GT) return { name, attributes, end: at + 1 };
    if (code === SLASH) {
      at++;
      continue;
    }
    // An attribute name runs to a space, "/", ">" or "="; a leading "=" belongs to it.
    const nameStart = at;
    at++;
    while (!endsName(html.charCodeAt(at)) && html.charCodeAt(at) !== EQUALS) at++;
    const nameEnd = at;
    let valueStart = at;
    let valueEnd = at;
    let afterName = at;
    while (isSpace(html.charCodeAt(afterName))) afterName++;
    if (html.charCodeAt(afterName) === EQUALS) {
      at = afterName + 1;
      while (isSpace(html.charCodeAt(at))) at++;
      const quote = html.charCodeAt(at);
      if (quote === 0x22 || quote === 0x27) {
        const close = html.indexOf(quote === 0x22 ? '"' : "'", at + 1);
        if (close < 0) return undefined;
        valueStart = at + 1;
        valueEnd = close;
        at = close + 1;
      } else {
        valueStart = at;
        while (!isSpace(html.charCodeAt(at)) && html.charCodeAt(at) !== GT && at < html.length) at++;
        valueEnd = at;
      }
    }
    if (keep?.size === 0) continue;
    const attributeName = nameAt(html, nameStart, nameEnd);
    if (keep && !keep.has(attributeName)) continue;
    const raw = html.slice(valueStart, valueEnd);
    attributes.push({ name: attributeName, value: raw.includes('&') ? decodeHTMLAttribute(raw) : raw, valueStart, valueEnd });
  }
}

/** Where the raw text of a <script>, <style>… ends: at "</name" followed by a space, "/" or ">". */
export function rawTextEnd(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    const after = at + 2 + name.length;
    if (html.slice(at + 2, after).toLowerCase() === name && endsName(html.charCodeAt(after)) && after < html.length) return at;
  }
  return html.length;
}

/** Where a comment, doctype or other markup declaration after "<" ends (after its ">"). */
export function declarationEnd(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    // "<!-->" and "<!--->" are whole (empty) comments; otherwise "-->" or "--!>" ends one.
    if (html.startsWith('>', lt + 4)) return lt + 5;
    if (html.startsWith('->', lt + 4)) return lt + 6;
    const close = html.indexOf('--', lt + 4);
    for (let at = close; at >= 0; at = html.indexOf('--', at + 1)) {
      if (html.startsWith('-->', at)) return at + 3;
      if (html.startsWith('--!>', at)) return at + 4;
    }
    return html.length;
  }
  // A doctype, "<?…>", "</ …>", CDATA outside SVG and MathML: all end at the first ">".
  const gt = html.indexOf('>', lt + 2);
  return gt < 0 ? html.length : gt + 1;
}
