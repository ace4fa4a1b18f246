import { escapeAttributeValue, type Edit } from '../html/edits.ts';
import { attributeOf, closingTag, type HtmlTag } from '../html/html-tags.ts';

/**
 * Moves a built site under a URL prefix: every root-relative URL in its HTML and CSS gets the
 * prefix, so a superseded version, rendered and link-checked at the plain URLs while it was in
 * force, is a complete site of its own under /versioonid/<n>/. URLs that already carry the
 * prefix, protocol-relative ones, and links marked data-version-link (to another version) are
 * left alone.
 */

// data-base: the page's own prefix, from which its scripts find the search index.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data-base']);
/** The attributes prefixEdits reads. */
export const PREFIX_ATTRIBUTES: ReadonlySet<string> = new Set([...URL_ATTRIBUTES, 'style', 'data-version-link']);

const needsPrefix = (url: string, base: string) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base);

/**
 * url(/…) in a stylesheet, a <style> element or a style attribute. CSS, not markup: a url( is
 * one token of CSS, and stylesheets come from the bundler, so a pattern for that token suffices.
 */
export function prefixCssUrls(css: string, base: string): string {
  return css.replace(/url\((\s*["']?)(\/(?!\/)[^)]*)/g, (whole, open: string, url: string) => (url.startsWith(base) ? whole : `url(${open}${base}${url.slice(1)}`));
}

/** The edits that put every root-relative URL of a page under `base`; `tags` are the page's (scanTags). */
export function prefixEdits(html: string, tags: readonly HtmlTag[], base: string): Edit[] {
  const edits: Edit[] = [];
  tags.forEach((tag, index) => {
    if (tag.type !== 'start' || attributeOf(tag, 'data-version-link')) return;
    for (const attribute of tag.attributes) {
      if (URL_ATTRIBUTES.has(attribute.name) && needsPrefix(attribute.value, base)) {
        // As written the value starts with "/" (or an entity for it): insert after it, or write it anew.
        edits.push(
          html.charCodeAt(attribute.valueStart) === 0x2f
            ? { start: attribute.valueStart + 1, end: attribute.valueStart + 1, text: base.slice(1) }
            : { start: attribute.valueStart, end: attribute.valueEnd, text: escapeAttributeValue(`${base}${attribute.value.slice(1)}`) },
        );
      } else if (attribute.name === 'style') {
        const placed = prefixCssUrls(attribute.value, base);
        if (placed !== attribute.value) edits.push({ start: attribute.valueStart, end: attribute.valueEnd, text: escapeAttributeValue(placed) });
      }
    }
    if (tag.name !== 'style') return;
    const close = closingTag(tags, index);
    if (close < 0) return;
    const css = html.slice(tag.end, tags[close]!.start);
    const placed = prefixCssUrls(css, base);
    if (placed !== css) edits.push({ start: tag.end, end: tags[close]!.start, text: placed });
  });
  return edits;
}
