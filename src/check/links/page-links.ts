import { attributeOf, type HtmlTag, scanTags } from '../../html/html-tags.ts';

/** What the link check needs of one built page: the fragments it answers and the links it makes. */
export interface PageLinks {
  /** Every id, and the name of every <a name>: what a #fragment may point to (HTML's indicated element). */
  anchors: Set<string>;
  /** The href and src of every link, stylesheet, image, script, source and frame, entities decoded, in page order. */
  links: string[];
}

const LINKING = new Set(['a', 'link', 'img', 'script', 'source', 'iframe']);
/** The attributes the link check reads; a scan that keeps them serves it (see pageLinksOf). */
export const LINK_ATTRIBUTES: ReadonlySet<string> = new Set(['id', 'name', 'href', 'src', 'data-version-link']);

/**
 * Reads a page's anchors and links in one pass of the tokenizer. A link marked data-version-link
 * goes to another published version and leaves the build of one version; the assembled site,
 * where every version stands, asks for them too (`versionLinks`).
 */
export function readPageLinks(html: string, options: { versionLinks?: boolean } = {}): PageLinks {
  return pageLinksOf(scanTags(html, { attributes: LINK_ATTRIBUTES }), options);
}

/** The anchors and links of a page already scanned, keeping at least LINK_ATTRIBUTES. */
export function pageLinksOf(tags: readonly HtmlTag[], { versionLinks = false }: { versionLinks?: boolean } = {}): PageLinks {
  const anchors = new Set<string>();
  const links: string[] = [];
  for (const tag of tags) {
    if (tag.type !== 'start') continue;
    const id = attributeOf(tag, 'id');
    if (id) anchors.add(id.value);
    if (tag.name === 'a') {
      const name = attributeOf(tag, 'name');
      if (name) anchors.add(name.value);
    }
    if (!LINKING.has(tag.name) || (!versionLinks && attributeOf(tag, 'data-version-link'))) continue;
    for (const attribute of ['href', 'src']) {
      const link = attributeOf(tag, attribute);
      if (link) links.push(link.value);
    }
  }
  return { anchors, links };
}
